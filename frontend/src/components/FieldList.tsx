import { Box } from "@mantine/core";
import type { ReactNode } from "react";

import classes from "./FieldList.module.css";

/** A description list (term: value), read as such by screen readers. */
export function FieldList({ items }: { items: { term: string; value: ReactNode }[] }) {
  return (
    <Box component="dl" className={classes.list}>
      {items.map(({ term, value }) => (
        <div key={term} className={classes.item}>
          <dt className={classes.term}>{term}</dt>
          <dd className={classes.value}>{value}</dd>
        </div>
      ))}
    </Box>
  );
}
