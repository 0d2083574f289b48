import { buildSchema, isEnumType } from "graphql";

import schemaSource from "../../schema.graphql?raw";

/** The backend's committed schema, for tests that must cover every value it defines. */
export const schema = buildSchema(schemaSource);

export function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of schema.graphql`);
  return type.getValues().map((value) => value.name);
}
