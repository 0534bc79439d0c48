/** A timestamp's calendar day (UTC, as the services decide lapses and due dates, §6.8). */
export const day = (iso: string) => iso.slice(0, 10);
