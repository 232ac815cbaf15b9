import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { searchQuerySql } from "@/lib/search/ts-query";

afterAll(closeDb);

async function queryText(text: string) {
  const sql = getSql();
  const [row] = await sql<{ query: string }[]>`select ${searchQuerySql(sql, text)}::text as query`;
  return row?.query;
}

async function matches(line: string, config: string, text: string) {
  const sql = getSql();
  const [row] = await sql<{ hit: boolean }[]>`
    select to_tsvector(${config}::regconfig, ${line}) @@ ${searchQuerySql(sql, text)} as hit`;
  return row?.hit;
}

describe("the search query over English and Spanish stems", () => {
  it("keeps a form once where the stemmers agree", async () => {
    // english, spanish and simple all read "proyecto12" the same way.
    expect(await queryText("proyecto12")).toBe("'proyecto12'");
    // english and simple agree ("presupuesto"), spanish stems it.
    expect(await queryText("presupuesto")).toBe("'presupuesto' | 'presupuest'");
    // english and spanish agree ("budget"), simple keeps the plural.
    expect(await queryText("budgets")).toBe("'budget' | 'budgets'");
    // spanish and simple agree ("meetings"), english stems it.
    expect(await queryText("meetings")).toBe("'meet' | 'meetings'");
    // all three differ.
    expect(await queryText("ingresos")).toBe("'ingreso' | 'ingres' | 'ingresos'");
  });

  it("still finds a line indexed by any of the three configurations", async () => {
    expect(await matches("Revisamos el presupuesto", "spanish", "presupuesto")).toBe(true);
    expect(await matches("We reviewed the budgets", "english", "budgets")).toBe(true);
    expect(await matches("budgets and more", "simple", "budgets")).toBe(true);
    expect(await matches("Meetings ran long", "english", "meetings")).toBe(true);
    expect(await matches("Los ingresos subieron", "spanish", "ingresos")).toBe(true);
    expect(await matches("reuniones largas", "spanish", "meetings")).toBe(false);
  });
});
