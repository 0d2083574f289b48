/** What a signed consent usually is: a scanned or signed PDF, or a photo of the signed page. */
export const CONSENT_FILE_TYPES = "application/pdf,image/png,image/jpeg,image/webp";
