import { Badge, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { formatDateTime } from "../../../lib/dates";

export interface SeatLine {
  title: string;
  startsAt: string;
  status: "CONFIRMED" | "WAITING";
  waitingPosition: number | null;
}

/** A person's sessions with their status: « Confirmée », « Liste d'attente, n° 2 ». */
export function SeatList({ seats }: { seats: readonly SeatLine[] }) {
  const { t } = useTranslation("events");
  if (seats.length === 0) return <Text>{t("registration.seats.none")}</Text>;
  return (
    <List spacing="xs" listStyleType="none" ml={0}>
      {seats.map((seat) => (
        <List.Item key={`${seat.title}-${seat.startsAt}`}>
          <Group gap="xs" wrap="wrap">
            <Text span fw={500}>
              {seat.title}
            </Text>
            <Text span size="sm" c="dimmed">
              {formatDateTime(seat.startsAt)}
            </Text>
            {seat.status === "CONFIRMED" ? (
              <Badge color="teal" variant="light">
                {t("registration.seats.confirmed")}
              </Badge>
            ) : (
              <Badge color="orange" variant="light">
                {t("registration.seats.waiting", { position: seat.waitingPosition ?? "?" })}
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
