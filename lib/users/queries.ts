import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type UserRow, userRow } from "./rows";

export async function findUserByEmail(email: string): Promise<UserRow | undefined> {
  const sql = getSql();
  const [user] = await sql<UserRow[]>`
    select ${rowColumns(sql, userRow)} from users where email = ${email.toLowerCase()} limit 1`;
  return user;
}

export async function findUserById(id: string): Promise<UserRow | undefined> {
  const sql = getSql();
  const [user] = await sql<UserRow[]>`select ${rowColumns(sql, userRow)} from users where id = ${id} limit 1`;
  return user;
}

/** Whether the account was made by open sign-up and its owner has yet to follow the emailed link. */
export async function awaitsConfirmation(id: string): Promise<boolean> {
  const [row] = await getSql()<{ waiting: boolean }[]>`
    select awaiting_confirmation as waiting from users where id = ${id}`;
  return row?.waiting === true;
}
