"""The demo's supplier directory: 160 FICTIONAL establishments, not SIRENE data.

Every name, address, SIREN and SIRET below is invented for the demo (SIRENs are derived from the names
and carry valid Luhn keys, as `loader.demo_siren` does for the demo companies); any likeness to a real
company is accidental. They form the supply chains of the demo projects (`data.py`): flax growers and
teillage, spinning, weaving, finishing, household linen and garment making for the linen projects of
Malaunay, Mont-Saint-Aignan, Chanteloup-en-Brie and Roubaix; tubes, forging, stamping, coating and
plastics for the bike frames, stainless bottles, garden tools and shoe soles; mustard seed, glass and
packaging for Dijon; bar turning, springs and surface treatment for Besançon's watch movements and
Saint-Claude's glasses frames; logistics and wholesale everywhere. They are spread over the four
programme régions and a few others (national directory), with closed establishments, partially
diffusible ones (statut « P », among them entrepreneurs individuels whose names never show) and many
size bands, so that each screen of the directory has something to show.

They are written as the two stock files INSEE publishes and imported by `import_sirene`, the real import
path: staged, swapped and located (commune centres) exactly like a real stock.

A real directory always wins: the demo directory is loaded only where the directory is empty or holds an
earlier demo directory, never over a real SIRENE import. The files' names carry a digest of their content,
so loading the same list again changes nothing — not even the import log.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyproj import Transformer
from sqlalchemy import select
from stdnum import luhn

from filiere.sourcing.importer import ImportOutcome, import_sirene
from filiere.sourcing.models import NationalSupplierImport, SupplierImport
from filiere.sourcing.sirene import ESTABLISHMENT_COLUMNS, LEGAL_UNIT_COLUMNS
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import TenantRegistry

# The import log names its files: this prefix tells a demo directory from a real stock.
DEMO_FILE_PREFIX = "StockEtablissement_demo-"

# Catégories juridiques: SAS, SARL, société coopérative agricole, entrepreneur individuel
_SAS, _SARL, _COOPERATIVE, _ENTREPRENEUR = "5710", "5499", "6317", "1000"
# The street types SIRENE abbreviates (typeVoieEtablissement): what follows is the street's label.
_STREET_TYPES = frozenset({"RUE", "AV", "BD", "CHE", "RTE", "PL", "QUAI", "ALL", "IMP", "ZI", "ZA", "ZAC", "PARC"})
# How far (metres) an establishment may lie from its commune's point: streets differ, not communes.
_JITTER_M = 1_500


@dataclass(frozen=True)
class Place:
    name: str  # as SIRENE writes it: upper case, no accents
    postal_code: str
    longitude: float  # approximate, WGS 84
    latitude: float


# INSEE code → commune (checked against the Code officiel géographique by the tests).
COMMUNES = {
    # Normandie
    "76540": Place("ROUEN", "76000", 1.0993, 49.4431),
    "76402": Place("MALAUNAY", "76770", 1.0400, 49.5270),
    "76451": Place("MONT-SAINT-AIGNAN", "76130", 1.0880, 49.4630),
    "76351": Place("LE HAVRE", "76600", 0.1079, 49.4944),
    "76217": Place("DIEPPE", "76200", 1.0782, 49.9229),
    "76758": Place("YVETOT", "76190", 0.7537, 49.6175),
    "76231": Place("ELBEUF", "76500", 1.0106, 49.2866),
    "76575": Place("SAINT-ETIENNE-DU-ROUVRAY", "76800", 1.1040, 49.3780),
    "76259": Place("FECAMP", "76400", 0.3750, 49.7578),
    "76219": Place("DOUDEVILLE", "76560", 0.7850, 49.7230),
    "76322": Place("LE GRAND-QUEVILLY", "76120", 1.0400, 49.4100),
    "76114": Place("BOLBEC", "76210", 0.4730, 49.5730),
    "76057": Place("BARENTIN", "76360", 0.9540, 49.5450),
    "76384": Place("LILLEBONNE", "76170", 0.5360, 49.5200),
    "76655": Place("SAINT-VALERY-EN-CAUX", "76460", 0.7330, 49.8690),
    "76705": Place("TOURVILLE-LA-RIVIERE", "76410", 1.1040, 49.3270),
    "76640": Place("SAINT-PIERRE-LES-ELBEUF", "76320", 1.0440, 49.2780),
    "76212": Place("DARNETAL", "76160", 1.1500, 49.4450),
    "76178": Place("CLEON", "76410", 1.0380, 49.3130),
    "27229": Place("EVREUX", "27000", 1.1508, 49.0241),
    "27056": Place("BERNAY", "27300", 0.5980, 49.0890),
    "27375": Place("LOUVIERS", "27400", 1.1650, 49.2150),
    "27681": Place("VERNON", "27200", 1.4850, 49.0930),
    "27428": Place("LE NEUBOURG", "27110", 0.9110, 49.1500),
    "27016": Place("LES ANDELYS", "27700", 1.4110, 49.2460),
    "27467": Place("PONT-AUDEMER", "27500", 0.5150, 49.3550),
    "14118": Place("CAEN", "14000", -0.3707, 49.1829),
    "14047": Place("BAYEUX", "14400", -0.7024, 49.2764),
    "14366": Place("LISIEUX", "14100", 0.2260, 49.1460),
    "14762": Place("VIRE NORMANDIE", "14500", -0.8900, 48.8380),
    "14327": Place("HEROUVILLE-SAINT-CLAIR", "14200", -0.3300, 49.2040),
    "14174": Place("CONDE-EN-NORMANDIE", "14110", -0.5530, 48.8500),
    "14515": Place("PORT-EN-BESSIN-HUPPAIN", "14520", -0.7560, 49.3450),
    "50129": Place("CHERBOURG-EN-COTENTIN", "50100", -1.6160, 49.6390),
    "50502": Place("SAINT-LO", "50000", -1.0900, 49.1160),
    "50025": Place("AVRANCHES", "50300", -1.3560, 48.6840),
    "50218": Place("GRANVILLE", "50400", -1.5970, 48.8380),
    "61001": Place("ALENCON", "61000", 0.0910, 48.4320),
    "61006": Place("ARGENTAN", "61200", -0.0200, 48.7440),
    "61169": Place("FLERS", "61100", -0.5700, 48.7490),
    # Île-de-France
    "75102": Place("PARIS 2", "75002", 2.3420, 48.8680),
    "75103": Place("PARIS 3", "75003", 2.3600, 48.8630),
    "75110": Place("PARIS 10", "75010", 2.3610, 48.8760),
    "75111": Place("PARIS 11", "75011", 2.3800, 48.8590),
    "75118": Place("PARIS 18", "75018", 2.3480, 48.8920),
    "77085": Place("CHANTELOUP-EN-BRIE", "77600", 2.7380, 48.8550),
    "77284": Place("MEAUX", "77100", 2.8780, 48.9600),
    "77288": Place("MELUN", "77000", 2.6600, 48.5400),
    "78646": Place("VERSAILLES", "78000", 2.1300, 48.8040),
    "78440": Place("LES MUREAUX", "78130", 1.9100, 48.9910),
    "78498": Place("POISSY", "78300", 2.0460, 48.9290),
    "91228": Place("EVRY-COURCOURONNES", "91000", 2.4410, 48.6290),
    "91377": Place("MASSY", "91300", 2.2760, 48.7300),
    "92024": Place("CLICHY", "92110", 2.3060, 48.9040),
    "92050": Place("NANTERRE", "92000", 2.2070, 48.8920),
    "93066": Place("SAINT-DENIS", "93200", 2.3570, 48.9360),
    "93001": Place("AUBERVILLIERS", "93300", 2.3820, 48.9140),
    "93048": Place("MONTREUIL", "93100", 2.4430, 48.8610),
    "93078": Place("VILLEPINTE", "93420", 2.5410, 48.9620),
    "94081": Place("VITRY-SUR-SEINE", "94400", 2.3920, 48.7870),
    "94065": Place("RUNGIS", "94150", 2.3500, 48.7480),
    "94041": Place("IVRY-SUR-SEINE", "94200", 2.3850, 48.8150),
    "95127": Place("CERGY", "95000", 2.0760, 49.0360),
    "95018": Place("ARGENTEUIL", "95100", 2.2480, 48.9480),
    "95280": Place("GOUSSAINVILLE", "95190", 2.4690, 49.0130),
    "95277": Place("GONESSE", "95500", 2.4490, 48.9870),
    # Hauts-de-France
    "59512": Place("ROUBAIX", "59100", 3.1810, 50.6900),
    "59599": Place("TOURCOING", "59200", 3.1610, 50.7240),
    "59350": Place("LILLE", "59000", 3.0570, 50.6300),
    "59009": Place("VILLENEUVE-D'ASCQ", "59650", 3.1450, 50.6230),
    "59183": Place("DUNKERQUE", "59140", 2.3770, 51.0340),
    "59606": Place("VALENCIENNES", "59300", 3.5230, 50.3570),
    "59152": Place("COMINES", "59560", 3.0080, 50.7620),
    "59043": Place("BAILLEUL", "59270", 2.7350, 50.7390),
    "59295": Place("HAZEBROUCK", "59190", 2.5380, 50.7240),
    "59650": Place("WATTRELOS", "59150", 3.2170, 50.7010),
    "59279": Place("HALLUIN", "59250", 3.1260, 50.7840),
    "59139": Place("CAUDRY", "59540", 3.4130, 50.1250),
    "59017": Place("ARMENTIERES", "59280", 2.8820, 50.6880),
    "59122": Place("CAMBRAI", "59400", 3.2340, 50.1760),
    "62160": Place("BOULOGNE-SUR-MER", "62200", 1.6140, 50.7260),
    "62041": Place("ARRAS", "62000", 2.7770, 50.2910),
    "62193": Place("CALAIS", "62100", 1.8580, 50.9510),
    "62498": Place("LENS", "62300", 2.8330, 50.4320),
    "62765": Place("SAINT-OMER", "62500", 2.2520, 50.7500),
    "80021": Place("AMIENS", "80000", 2.2960, 49.8940),
    "80001": Place("ABBEVILLE", "80100", 1.8340, 50.1060),
    "02691": Place("SAINT-QUENTIN", "02100", 3.2870, 49.8470),
    "02408": Place("LAON", "02000", 3.6200, 49.5640),
    "60057": Place("BEAUVAIS", "60000", 2.0810, 49.4300),
    "60159": Place("COMPIEGNE", "60200", 2.8260, 49.4180),
    "60175": Place("CREIL", "60100", 2.4750, 49.2600),
    # Bourgogne-Franche-Comté
    "21231": Place("DIJON", "21000", 5.0415, 47.3220),
    "21054": Place("BEAUNE", "21200", 4.8400, 47.0250),
    "21166": Place("CHENOVE", "21300", 5.0060, 47.2920),
    "21355": Place("LONGVIC", "21600", 5.0640, 47.2870),
    "21292": Place("GENLIS", "21110", 5.2230, 47.2410),
    "21038": Place("AUXONNE", "21130", 5.3880, 47.1930),
    "25056": Place("BESANCON", "25000", 6.0240, 47.2380),
    "25388": Place("MONTBELIARD", "25200", 6.7980, 47.5100),
    "25462": Place("PONTARLIER", "25300", 6.3540, 46.9040),
    "25411": Place("MORTEAU", "25500", 6.6070, 47.0580),
    "25434": Place("ORNANS", "25290", 6.1440, 47.1060),
    "25578": Place("VALDAHON", "25800", 6.3300, 47.1500),
    "25031": Place("AUDINCOURT", "25400", 6.8400, 47.4830),
    "39478": Place("SAINT-CLAUDE", "39200", 5.8640, 46.3870),
    "39300": Place("LONS-LE-SAUNIER", "39000", 5.5550, 46.6750),
    "39368": Place("HAUTS DE BIENNE", "39400", 6.0250, 46.5250),
    "39198": Place("DOLE", "39100", 5.4900, 47.0920),
    "39097": Place("CHAMPAGNOLE", "39300", 5.9080, 46.7460),
    "58194": Place("NEVERS", "58000", 3.1590, 46.9900),
    "70550": Place("VESOUL", "70000", 6.1550, 47.6220),
    "70285": Place("HERICOURT", "70400", 6.7620, 47.5770),
    "71270": Place("MACON", "71000", 4.8330, 46.3070),
    "71076": Place("CHALON-SUR-SAONE", "71100", 4.8540, 46.7810),
    "71153": Place("LE CREUSOT", "71200", 4.4260, 46.8010),
    "71014": Place("AUTUN", "71400", 4.2990, 46.9510),
    "89024": Place("AUXERRE", "89000", 3.5670, 47.7980),
    "89387": Place("SENS", "89100", 3.2830, 48.1970),
    "90010": Place("BELFORT", "90000", 6.8630, 47.6380),
    # Régions without a tenant: the national directory
    "88160": Place("EPINAL", "88000", 6.4510, 48.1740),
    "88413": Place("SAINT-DIE-DES-VOSGES", "88100", 6.9490, 48.2840),
    "88196": Place("GERARDMER", "88400", 6.8770, 48.0710),
    "88465": Place("THAON-LES-VOSGES", "88150", 6.4190, 48.2500),
    "68224": Place("MULHOUSE", "68100", 7.3360, 47.7500),
    "67482": Place("STRASBOURG", "67100", 7.7520, 48.5730),
    "49099": Place("CHOLET", "49300", -0.8790, 47.0600),
    "49007": Place("ANGERS", "49000", -0.5540, 47.4780),
    "69383": Place("LYON 3EME", "69003", 4.8500, 45.7600),
    "42218": Place("SAINT-ETIENNE", "42000", 4.3900, 45.4340),
    "42187": Place("ROANNE", "42300", 4.0680, 46.0360),
    "01283": Place("OYONNAX", "01100", 5.6550, 46.2570),
    "63430": Place("THIERS", "63300", 3.5470, 45.8560),
    "26281": Place("ROMANS-SUR-ISERE", "26100", 5.0510, 45.0430),
    "81163": Place("MAZAMET", "81200", 2.3740, 43.4920),
}


@dataclass(frozen=True)
class DemoSupplier:
    """One fictional establishment and its legal unit. Establishments of one legal unit share its name
    (hence its SIREN); `number` 1 is the head office."""

    name: str  # the legal unit's name (for an entrepreneur individuel: the trade name's owner, never shown)
    naf: str
    commune: str  # INSEE code, a key of COMMUNES
    street: str  # « 12 RUE DES TISSERANDS », as SIRENE's address fields joined
    workforce: str  # tranche d'effectif code
    trade_name: str = ""
    number: int = 1
    closed: bool = False
    diffusible: bool = True
    category: str = _SAS
    person: tuple[str, str] | None = None  # (first name, last name) of an entrepreneur individuel

    @property
    def siren(self) -> str:
        base = str(int(hashlib.sha256(f"fournisseur démo {self.name}".encode()).hexdigest(), 16))[:8]
        return base + luhn.calc_check_digit(base)

    @property
    def siret(self) -> str:
        body = f"{self.siren}{self.number:04d}"
        return body + luhn.calc_check_digit(body)


_s = DemoSupplier  # short, for the table below

SUPPLIERS = [
    # --- Normandie ---------------------------------------------------------------------------------------
    # Seine-Maritime: flax of the pays de Caux, the linen workshops around Rouen, the port of Le Havre.
    _s(
        "Coopérative Linière du Plateau de Fontmesnil",
        "01.16Z",
        "76758",
        "ZA DU FIEF DE LA MARE",
        "11",
        "Lins de Fontmesnil",
        category=_COOPERATIVE,
    ),
    _s("Teillage de Fontmesnil", "13.10Z", "76219", "2 RTE DE HAUTOT", "21", "Teillage du Plateau"),
    _s("Teillage de Fontmesnil", "13.10Z", "76655", "ZA DES GRANDS CHAMPS", "03", number=2),
    _s("Filature Quesnelot", "13.10Z", "76402", "14 RUE DU CAILLY", "12", "Fils de Lin Quesnelot"),
    _s("Filature Quesnelot", "13.10Z", "76057", "3 RUE DE L'AUSTREBERTHE", "NN", number=2, closed=True),
    _s("Tissage Verlaincourt", "13.20Z", "76540", "41 RUE DES CHARRETTES", "11", "Bouclette de Rouen"),
    _s("Tissage Brévanne", "13.20Z", "76231", "8 RUE DES DRAPIERS", "21"),
    _s("Tissage Haudrecy", "13.20Z", "76114", "ZI DU VAL RUMESNIL", "12"),
    _s("Ennoblissement Vautrelle", "13.30Z", "76640", "17 RTE DE PONT-DE-L'ARCHE", "12"),
    _s("Teinturerie Aubrecourt", "13.30Z", "76114", "5 RUE DE LA FONTAINE MARTEL", "03", diffusible=False),
    _s("Linière Gravemont", "13.92Z", "76451", "6 RUE DU MONT-AUX-MALADES", "11", "Gravemont Maison"),
    _s("Atelier Bellenoue Confection", "14.19Z", "76540", "22 RUE EAU-DE-ROBEC", "03"),
    _s("Corderie Sauvalle", "13.94Z", "76259", "9 QUAI BERIGNY", "02"),
    _s("Comptoir Textile Varengeot", "46.41Z", "76540", "60 RUE JEANNE D'ARC", "02"),
    _s("Cartonnages du Robec Morvillier", "17.21B", "76212", "ZA DU LONG BOEL", "12"),
    _s("Emballages Plastiques Quevillais Horcholle", "22.22Z", "76322", "BD STALINGRAD", "21"),
    _s("Entrepôts Portuaires Ocevalle", "52.10B", "76351", "QUAI DE L'EUROPE", "31", "Ocevalle Logistique"),
    _s("Transports Lemonnier-Quibel", "49.41A", "76575", "ZI DU MADRILLET", "22"),
    _s("Transports Lemonnier-Quibel", "49.41A", "14118", "12 RUE DU PORT", "11", number=2),
    _s("Mécanique de Précision Cléonnaise Ravenel", "25.62B", "76178", "ZI DU CLOS BARQUET", "12"),
    _s("Tuberie Malvoisine", "24.20Z", "76351", "BD JULES DURAND", "32"),
    _s("Thermolaquage Hautcoeur", "25.61Z", "76217", "ZI ROUXMESNIL", "03"),
    _s("Emboutissage de Tourville Dambreville", "25.50B", "76705", "ZA DU CLOS DES MARES", "11"),
    _s("Cellules Électroniques Caux-Seine Belleroche", "26.12Z", "76384", "ZI DE PORT-JEROME", "21"),
    # Eure
    _s("Lins et Graines Pervenchères", "01.16Z", "27056", "LE HAMEAU DE LA COUTURE", "01", category=_SARL),
    _s("Teillage Saint-Aubert", "13.10Z", "27428", "RTE DE BRIONNE", "12"),
    _s("Tissage Beaumarchef", "13.20Z", "27467", "7 QUAI DE LA RISLE", "03"),
    _s("Caoutchouterie Dantreval", "22.19Z", "27229", "ZI DE NETREVILLE", "22", "Dantreval Semelles"),
    _s("Régénération Polymères Louvetière", "38.32Z", "27375", "ZA DU BOIS DE LA VILLE", "11"),
    _s("Ondulés Vervelle", "17.21A", "27016", "RTE DE ROUEN", "31"),
    _s("Moules Tessancourt", "25.73A", "27681", "ZA DES VALLEES", "11"),
    _s("Plasturgie Évroult", "22.29A", "27229", "4 RUE DU LONG BUISSON", "12"),
    # Calvados
    _s("Filature Lavaudière", "13.10Z", "14118", "31 QUAI DE JUILLET", "11", "Filature Caennaise"),
    _s("Teillage Marcouville", "13.10Z", "14047", "RTE DE PORT-EN-BESSIN", "12"),
    _s("Linge de Maison Pommeraye", "13.92Z", "14366", "11 RUE D'ORBEC", "03"),
    _s("Confection Montbrisé", "14.13Z", "14762", "ZA DE LA PAPILLONNIERE", "12"),
    _s("Élastomères Thibouville", "22.19Z", "14515", "ZA DU BESSIN", "11"),
    _s("Logistique Dauvergne", "52.10B", "14327", "PARC D'ACTIVITES DE LA FOLIE", "21"),
    _s("Ennoblissement Condéen Lhermitte", "13.30Z", "14174", "RUE DU MOULIN", "NN", closed=True),
    # Manche
    _s("Électrotechnique Brixville", "27.11Z", "50129", "ZA DES FOURCHES", "21"),
    _s("Cartes Électroniques Saint-Lois Vaudrimesnil", "26.12Z", "50502", "ZA DE LA CHEVALERIE", "21"),
    _s(
        "Armelle Tréhouart",
        "14.13Z",
        "50025",
        "",
        "00",
        "Couture de la Baie",
        diffusible=False,
        category=_ENTREPRENEUR,
        person=("Armelle", "Tréhouart"),
    ),
    _s("Voilerie Kerbihan", "13.92Z", "50218", "RUE DU PORT", "02"),
    # Orne
    _s("Dentelles et Broderies Montrevel", "13.99Z", "61001", "12 RUE DU POINT D'ALENCON", "02"),
    _s("Forge Tourneville", "25.50A", "61169", "ZI DE LA BUTTE ROUGE", "12"),
    _s("Vêtements de Travail Argentanais Sauvrezis", "14.12Z", "61006", "RUE DE LA NOE", "11"),
    # --- Île-de-France -----------------------------------------------------------------------------------
    _s("Atelier Couture Mauvillers", "14.13Z", "75102", "18 RUE DU SENTIER", "03"),
    _s("Maison Fébrier Confection", "14.14Z", "75111", "45 RUE DE LA ROQUETTE", "02"),
    _s("Négoce de Tissus Haussoullier", "46.41Z", "75103", "9 RUE DE TURENNE", "03"),
    _s("Comptoir Textile Dalmasse", "46.16Z", "75118", "27 RUE DE CLIGNANCOURT", "01"),
    _s("Studio Vauclair Design", "74.10Z", "75110", "64 RUE DU FAUBOURG POISSONNIERE", "01"),
    _s("Tissages Montcerf", "13.20Z", "77085", "ZA DU PAVE DE LA CROIX", "11"),
    _s("Confection Hôtelière Vaudoy", "13.92Z", "77085", "5 RUE DES ARTISANS", "12"),
    _s("Forge Rocourt", "25.50A", "77284", "ZI NORD", "21"),
    _s("Entrepôts Gastinel", "52.10B", "77284", "RTE DE CHAALIS", "22"),
    _s("Entrepôts Gastinel", "52.10B", "77085", "ZA DU PAVE DE LA CROIX", "11", number=2),
    _s("Boissellerie Maupertuis", "16.29Z", "77288", "4 QUAI HIPPOLYTE ROSSIGNOL", "02"),
    _s("Usinage Delaunoy", "25.62B", "78440", "ZI DES GARENNES", "12"),
    _s("Plasturgie Orgevalle", "22.29A", "78498", "ZA DES ERABLES", "21"),
    _s("Bureau d'Études Hautefeuille", "71.12B", "78646", "12 RUE DES CHANTIERS", "03"),
    _s("Surfaces Orvanne", "25.61Z", "91228", "ZA DU BOIS BRIARD", "11"),
    _s("Messagerie Bièvre-Express", "52.29A", "91377", "AV CARNOT", "21"),
    _s("Barquettes Levallon", "22.22Z", "92024", "33 RUE MARTRE", "12"),
    _s("Laboratoire Matériaux Biosourcés Valmy", "72.19Z", "92050", "AV DE LA REPUBLIQUE", "03"),
    _s("Confection Pleyel-Cornillon", "14.13Z", "93066", "8 RUE DU LANDY", "11"),
    _s("Diffusion Textile Landy", "46.42Z", "93001", "52 RUE DE LA HAIE COQ", "02"),
    _s("Impressions Textiles Chavaux", "13.30Z", "93048", "19 RUE DE VINCENNES", "03"),
    _s(
        "Lucien Morvandiau",
        "14.19Z",
        "93048",
        "",
        "00",
        "Atelier Retouches Chavaux",
        diffusible=False,
        category=_ENTREPRENEUR,
        person=("Lucien", "Morvandiau"),
    ),
    _s("Fret Vaujours Express", "49.41A", "93078", "ZAC PARIS NORD 2", "21"),
    _s("Tôlerie Lamarque-Seine", "25.11Z", "94081", "RUE DU PORT A L'ANGLAIS", "12"),
    _s("Froid Logistique Belle-Épine", "52.10A", "94065", "RUE DE LA TOURELLE", "31"),
    _s("Emboutissage Casanove", "25.50B", "94041", "QUAI MARCEL BOYER", "11"),
    _s("Inox Hautil", "25.99B", "95127", "ZA DES BOCQUETS", "12", "Hautil Gourdes"),
    _s("Polissage Oise-Hautil", "25.61Z", "95127", "RUE DES CHARMILLES", "03"),
    _s("Découpe Fine Orgemont", "25.50B", "95018", "BD DU GENERAL LECLERC", "11"),
    _s("Affrètement Vieux-Pays", "52.29B", "95280", "ZA DE LA PATTE D'OIE", "12"),
    _s("Cartonnages Crould", "17.21B", "95277", "ZA DES TULIPES", "21"),
    # --- Hauts-de-France ---------------------------------------------------------------------------------
    _s("Filature Hauvelaere", "13.10Z", "59512", "112 RUE DE L'ALMA", "22", "Hauvelaere Fils Recyclés"),
    _s("Filature Hauvelaere", "13.10Z", "59599", "RUE DU HAZE", "12", number=2),
    _s("Peignage Vanhoutreve", "13.10Z", "59599", "15 QUAI DU CHAMP DE MARS", "21"),
    _s("Récupération Textile Dumortreux", "38.32Z", "59650", "RUE DU LAZARO", "12", "Effilochage Dumortreux"),
    _s("Tissage Lieskerque", "13.20Z", "59152", "RUE DE LA LYS", "21"),
    _s("Teinturerie Moerwael", "13.30Z", "59279", "RUE DE LA PANNERIE", "12"),
    _s("Maison Kerkhove Linge", "13.92Z", "59043", "8 RUE DU MUSEE", "11"),
    _s("Dentelle Fléchin", "13.99Z", "59139", "RUE DE L'INDUSTRIE", "12"),
    _s("Confection Houplines-Lys", "14.13Z", "59017", "RUE DE LILLE", "11"),
    _s("Entrepôts Portuaires Zuydcoote-Fret", "52.10B", "59183", "QUAI DE LA RADE", "32"),
    _s("Tubes Escaut-Rhonelle", "24.20Z", "59606", "ZI DU PLATEAU", "22"),
    _s("Transports Wazemmes-Fret", "49.41A", "59350", "RUE D'ISLY", "21"),
    _s("Comptoir des Lins Pévèle", "46.76Z", "59009", "AV DE LA MARQUE", "02"),
    _s("Filature Merlinghem", "13.10Z", "59295", "RUE DE LA CLARENCE", "NN", closed=True),
    _s("Laboratoire Textile Selvigny", "72.19Z", "59122", "RUE DU TEMPLE", "11"),
    _s("Liniculture Tilques", "01.16Z", "62765", "RTE DE CALAIS", "01", category=_COOPERATIVE),
    _s("Teillage Quelmes", "13.10Z", "62765", "ZA DES PRES DU HEM", "12"),
    _s("Cycles Liane", "30.92Z", "62160", "RUE DE LA LIANE", "11"),
    _s("Chaudronnerie Capécure", "25.11Z", "62160", "QUAI GAMBETTA", "12"),
    _s("Thermolaquage Coquelles-Fort", "25.61Z", "62193", "ZI DES DUNES", "11"),
    _s("Tulles et Dentelles Courgain", "13.99Z", "62193", "RUE DU VAUXHALL", "21"),
    _s("Mécanique Souchez", "25.62B", "62498", "RUE DE LA GARE", "12"),
    _s("Plasturgie Crinchon", "22.29A", "62041", "ZI EST", "21"),
    _s("Groupement Linier du Vimeu", "01.16Z", "80001", "CHE DES LINIERES", "02", category=_COOPERATIVE),
    _s("Teillage Ponthieu-Caubert", "13.10Z", "80001", "RTE DE ROUEN", "21"),
    _s("Emballages Métalliques Hortillons", "25.92Z", "80021", "ZI NORD", "22"),
    _s("Maraîchage Camon-Rivery", "01.13Z", "80021", "CHE DE HALAGE", "02", category=_SARL),
    _s("Velours Saint-Leu", "13.20Z", "80021", "RUE DES TEINTURIERS", "11"),
    _s("Broderie Mécanique Fervaques", "13.99Z", "02691", "RUE DE LA SOMME", "03"),
    _s("Logistique Ardon-Vaux", "52.10B", "02408", "ZA DE CHAMBRY", "21"),
    _s("Ondulés du Thérain", "17.21A", "60057", "AV BLAISE PASCAL", "31"),
    _s("Plasturgie Royallieu", "22.29A", "60159", "RUE DE ROYALLIEU", "12"),
    _s("Estampage Nogent-Brêche", "25.50A", "60175", "QUAI D'AVAL", "21"),
    # --- Bourgogne-Franche-Comté -------------------------------------------------------------------------
    _s("Filature Saulon-Tille", "13.10Z", "21292", "RUE DE LA TILLE", "11"),
    _s("Condiments Montchapet", "10.84Z", "21166", "ZA DU CLOS DES ROCHES", "22", "Moutarderie Montchapet"),
    _s("Coopérative Sénevé de Saône-Vingeanne", "01.11Z", "21038", "RTE DE DOLE", "11", category=_COOPERATIVE),
    _s("Verrerie Creuse de Bouze", "23.13Z", "21054", "RTE DE SAVIGNY", "31"),
    _s("Imprimerie Étiquettes Ouges", "18.12Z", "21355", "ZA DE LA RIPPE", "12"),
    _s("Entrepôts Neuilly-Crimolois", "52.10B", "21355", "RUE DE L'AEROPORT", "21"),
    _s("Cartonnages Suzon", "17.21B", "21231", "RUE DE L'ILE", "12"),
    _s("Horlogerie Chaprais-Battant", "26.52Z", "25056", "RUE DE VESOUL", "21", "Chaprais Mouvements"),
    _s("Horlogerie Chaprais-Battant", "26.52Z", "25411", "RUE DE LA LOMONT", "11", number=2),
    _s("Décolletage Les Fins", "25.62A", "25411", "ZI DES SAUGETTES", "12"),
    _s("Ressorts Larmont", "25.93Z", "25462", "RUE DE DOUBS", "11"),
    _s("Dorure et Traitements de la Loue", "25.61Z", "25434", "RUE DE LA LOUE", "03"),
    _s("Usinage Allan-Lizaine", "25.62B", "25388", "ZA DE LA CRAIE", "22"),
    _s("Micro-Décolletage Vercel", "25.62A", "25578", "ZA DES ESSARTS", "11"),
    _s("Cycles Doubs-Glay", "30.92Z", "25031", "RUE DU GLAY", "03"),
    _s("Lunetterie Bienne-Tacon", "32.50B", "39478", "RUE DU PRE", "21", "Montures Bienne-Tacon"),
    _s("Lunetterie Bienne-Tacon", "32.50B", "75103", "RUE DE SAINTONGE", "01", number=2),
    _s("Plastiques Techniques Serger", "22.29A", "39478", "ZI DU PLAN D'ACIER", "12", "Acétates du Haut-Jura"),
    _s("Charnières Lamoura-Bienne", "25.62A", "39368", "RUE DE LA REPUBLIQUE", "11"),
    _s("Galvanoplastie Morbier-Bienne", "25.61Z", "39368", "ZA DU PUITS", "03"),
    _s("Étuis et Écrins Champagnole-Ain", "17.21B", "39097", "RTE DE LONS", "11"),
    _s("Transports Chaux-Doubs", "49.41A", "39198", "ZI DES EPENOTTES", "21"),
    _s("Studio Design Revermont", "74.10Z", "39300", "RUE DU COMMERCE", "01"),
    _s("Forge Varennes-Nivernaise", "25.50A", "58194", "RUE DE LA FONDERIE", "12"),
    _s("Flaconnage Durgeon", "22.22Z", "70550", "ZI DE NOIDANS", "21"),
    _s("Tissages Lizaine", "13.20Z", "70285", "RUE DU TISSAGE", "11"),
    _s("Métallerie Saint-Cosme", "25.11Z", "71076", "RUE DU PORT VILLIERS", "12"),
    _s("Mécanosoudure Torcy-Creusot", "25.62B", "71153", "RUE DE LA FORGE", "22"),
    _s("Plateforme Flacé-Saône", "52.10B", "71270", "ZA DES BRUYERES", "21"),
    _s("Vêtements Professionnels Éduens", "14.12Z", "71014", "RUE DE L'ARQUEBUSE", "11"),
    _s("Sénevé de Puisaye", "01.11Z", "89024", "RTE DE TOUCY", "01", category=_COOPERATIVE),
    _s("Emballages Plastiques Vanne-Yonne", "22.22Z", "89387", "ZI DES SABLONS", "12"),
    _s("Cartes Électroniques Miotte", "26.12Z", "90010", "AV DE LA LAITERIE", "21"),
    # --- Other régions: the national directory ----------------------------------------------------------
    _s("Filature Chavelot", "13.10Z", "88160", "RUE DE LA MOSELLE", "21", "Filés des Vosges Chavelot"),
    _s("Tissages Ramberchamp", "13.20Z", "88196", "RTE DU LAC", "21"),
    _s("Ennoblissement Girmont-Moselle", "13.30Z", "88465", "RUE DE LA BLANCHISSERIE", "22"),
    _s("Linge Kemberg", "13.92Z", "88413", "RUE DES TROIS VILLES", "12"),
    _s("Impressions Dornach-Ill", "13.30Z", "68224", "RUE DE DORNACH", "12"),
    _s("Affrètement Ried-Rhin", "52.29B", "67482", "RUE DU BASSIN DE L'INDUSTRIE", "11"),
    _s("Chausseur Moine-Sèvre", "15.20Z", "49099", "ZI DU CORMIER", "31"),
    _s("Élastomères Maine-Loire", "22.19Z", "49007", "RUE DE LA CHALOUERE", "21"),
    _s("Tissage Montchat", "13.20Z", "69383", "RUE DES TISSERANDS", "11", "Soieries Montchat"),
    _s("Rubanerie Furan", "13.99Z", "42218", "RUE DE LA RUBANERIE", "12"),
    _s("Cycles Furens", "30.92Z", "42218", "RUE DU FURENS", "11"),
    _s("Maille Renaison", "14.39Z", "42187", "RUE DE LA BONNETERIE", "21"),
    _s("Injection Plastique Ange", "22.29A", "01283", "RUE DE L'ANGE", "22"),
    _s("Lunetterie Arbent-Veyle", "32.50B", "01283", "RUE DES LUNETIERS", "11"),
    _s("Coutellerie Durolle-Margeride", "25.71Z", "63430", "RUE DE LA DUROLLE", "12"),
    _s("Manufacture de Chaussures Savasse", "15.20Z", "26281", "AV DES TANNEURS", "21"),
    _s("Délainage Arnette", "13.10Z", "81163", "RUE DE L'ARNETTE", "11"),
]


def _street(street: str) -> tuple[str, str, str]:
    """(numeroVoie, typeVoie, libelleVoie) of « 12 RUE DES TISSERANDS »."""
    words = street.split()
    number = words.pop(0) if words and words[0].isdigit() else ""
    kind = words.pop(0) if words and words[0] in _STREET_TYPES else ""
    return number, kind, " ".join(words)


def _lambert(supplier: DemoSupplier) -> tuple[str, str]:
    """Lambert-93 coordinates: the commune's point moved by a jitter drawn from the SIRET (deterministic)."""
    place = COMMUNES[supplier.commune]
    x, y = _to_lambert93().transform(place.longitude, place.latitude)
    digest = hashlib.blake2b(supplier.siret.encode(), digest_size=4).digest()
    dx = int.from_bytes(digest[:2]) % (2 * _JITTER_M + 1) - _JITTER_M
    dy = int.from_bytes(digest[2:]) % (2 * _JITTER_M + 1) - _JITTER_M
    return f"{x + dx:.1f}", f"{y + dy:.1f}"


@functools.cache
def _to_lambert93() -> Transformer:
    return Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)


def establishment_values(supplier: DemoSupplier) -> dict[str, str]:
    place = COMMUNES[supplier.commune]
    number, kind, label = _street(supplier.street)
    x, y = _lambert(supplier)
    hidden = "[ND]"  # how the stock masks what a partially diffusible establishment does not publish
    return {
        "siren": supplier.siren,
        "siret": supplier.siret,
        "statutDiffusionEtablissement": "O" if supplier.diffusible else "P",
        "trancheEffectifsEtablissement": supplier.workforce,
        "etablissementSiege": "true" if supplier.number == 1 else "false",
        "numeroVoieEtablissement": number if supplier.diffusible else hidden,
        "indiceRepetitionEtablissement": "",
        "typeVoieEtablissement": kind if supplier.diffusible else hidden,
        "libelleVoieEtablissement": label if supplier.diffusible else hidden,
        "codePostalEtablissement": place.postal_code if supplier.diffusible else hidden,
        "libelleCommuneEtablissement": place.name,
        "codeCommuneEtablissement": supplier.commune,
        "etatAdministratifEtablissement": "F" if supplier.closed else "A",
        "enseigne1Etablissement": supplier.trade_name,
        "enseigne2Etablissement": "",
        "enseigne3Etablissement": "",
        "denominationUsuelleEtablissement": "",
        "activitePrincipaleEtablissement": supplier.naf,
        "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
        "coordonneeLambertAbscisseEtablissement": x if supplier.diffusible else hidden,
        "coordonneeLambertOrdonneeEtablissement": y if supplier.diffusible else hidden,
    }


def legal_unit_values(supplier: DemoSupplier) -> dict[str, str]:
    # An entrepreneur individuel's name is written out, as in the files INSEE delivers to those entitled
    # to the whole stock: the import must drop it for a unit that is not diffusible, and the demo shows it does.
    first, last = supplier.person or ("", "")
    return {
        "siren": supplier.siren,
        "statutDiffusionUniteLegale": "O" if supplier.diffusible else "P",
        "denominationUniteLegale": "" if supplier.person else supplier.name,
        "denominationUsuelle1UniteLegale": "",
        "nomUniteLegale": last.upper(),
        "nomUsageUniteLegale": "",
        "prenom1UniteLegale": first.upper(),
        "categorieJuridiqueUniteLegale": supplier.category,
    }


def _csv(header: tuple[str, ...], rows: Iterator[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def stock_files() -> tuple[str, str]:
    """(StockEtablissement, StockUniteLegale) as CSV text, one legal unit per SIREN."""
    units = {supplier.siren: supplier for supplier in reversed(SUPPLIERS) if supplier.number == 1}
    return (
        _csv(ESTABLISHMENT_COLUMNS, (establishment_values(supplier) for supplier in SUPPLIERS)),
        _csv(LEGAL_UNIT_COLUMNS, (legal_unit_values(unit) for unit in units.values())),
    )


def write_stock_files(directory: Path) -> tuple[Path, Path]:
    """The two stock files in `directory`, named after a digest of their content."""
    establishments, legal_units = stock_files()
    digest = hashlib.blake2b((establishments + legal_units).encode(), digest_size=6).hexdigest()
    paths = (
        directory / f"{DEMO_FILE_PREFIX}{digest}_utf8.csv",
        directory / f"StockUniteLegale_demo-{digest}_utf8.csv",
    )
    for path, text in zip(paths, (establishments, legal_units), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


async def _latest_sources(registry: TenantRegistry) -> list[str | None]:
    """The files each directory was last imported from (None: never imported)."""
    sources: list[str | None] = []
    for tenant in registry.all():
        model: type[SupplierImport] | type[NationalSupplierImport] = (
            NationalSupplierImport if tenant.kind is TenantKind.NATIONAL else SupplierImport
        )
        async with tenant.sessions() as session:
            sources.append(await session.scalar(select(model.source).order_by(model.id.desc()).limit(1)))
    return sources


async def load_demo_suppliers(registry: TenantRegistry) -> ImportOutcome | None:
    """Import the demo directory into every tenant; None when it was left as it was (already the demo's
    current directory, or a real SIRENE import that the demo must not replace)."""
    with tempfile.TemporaryDirectory(prefix="filiere-demo-sirene-") as scratch:
        establishments, legal_units = write_stock_files(Path(scratch))
        source = f"{establishments.name} + {legal_units.name}"
        latest = await _latest_sources(registry)
        if any(found is not None and not found.startswith(DEMO_FILE_PREFIX) for found in latest):
            return None
        if all(found == source for found in latest):
            return None
        return await import_sirene(registry, establishments=establishments, legal_units=legal_units)
