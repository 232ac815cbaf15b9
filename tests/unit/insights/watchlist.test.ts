import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { findWatchlistHits } from "@/lib/insights/local/watchlist";
import { meeting, segmentsFrom } from "./meeting";

describe("watchlist", () => {
  it("matches ignoring case and accents, both ways", () => {
    const hits = findWatchlistHits(
      segmentsFrom(["Ana: La REUNION con el cliente es el jueves.", "Luis: Perfecto, preparo la reunión."]),
      ["reunión", "Camión"],
    );
    expect(hits.map(({ term, seq }) => ({ term, seq }))).toEqual([
      { term: "reunión", seq: 0 },
      { term: "reunión", seq: 1 },
    ]);
    expect(findWatchlistHits(segmentsFrom(["Ana: Preparo la reunión."]), ["reunion"])).toHaveLength(1);
  });

  it("matches whole words and phrases only", () => {
    const hits = findWatchlistHits(
      segmentsFrom([
        "Bob: The price increase is final.",
        "Carol: Our pricing page needs work.",
        "Alice: We talked about the pricing  page yesterday.",
        "Dan: That was a priceless moment for the page.",
        "Eve: Pricing, page two of the deck.",
      ]),
      ["price", "pricing page"],
    );
    expect(hits.map(({ term, seq }) => ({ term, seq }))).toEqual([
      { term: "price", seq: 0 },
      { term: "price", seq: 1 },
      { term: "pricing page", seq: 1 },
      { term: "price", seq: 2 },
      { term: "pricing page", seq: 2 },
      { term: "price", seq: 4 },
    ]);
  });

  it("matches inflected forms of words and phrases in English and Spanish", () => {
    const hits = findWatchlistHits(
      segmentsFrom([
        "Ana: I see two big opportunities in Mexico.",
        "Luis: Los precios del proveedor suben en abril.",
        "Marta: Hablamos de nuevas oportunidades comerciales.",
        "Bob: Our sales opportunities-list is growing.",
        "Carol: C++ is what the team knows.",
      ]),
      ["opportunity", "precio", "oportunidad comercial", "sales opportunity", "C++"],
    );
    expect(hits).toEqual([
      { term: "opportunity", seq: 0, context: "I see two big opportunities in Mexico." },
      { term: "precio", seq: 1, context: "Los precios del proveedor suben en abril." },
      {
        term: "oportunidad comercial",
        seq: 2,
        context: "Hablamos de nuevas oportunidades comerciales.",
      },
      { term: "opportunity", seq: 3, context: "Our sales opportunities-list is growing." },
      { term: "sales opportunity", seq: 3, context: "Our sales opportunities-list is growing." },
      { term: "C++", seq: 4, context: "C++ is what the team knows." },
    ]);
  });

  it("gives ~160 characters of context cut on word boundaries", () => {
    const long = `${"Lorem ipsum dolor sit amet ".repeat(10)}the competitor Acme dropped its price ${"consectetur adipiscing elit ".repeat(10)}`;
    const [hit] = findWatchlistHits(segmentsFrom([`Bob: ${long}`]), ["acme"]);
    expect(hit?.context).toMatch(/^….*\bAcme\b.*…$/);
    expect(hit?.context.length).toBeLessThanOrEqual(165);
    expect(hit?.context.slice(1, -1)).toMatch(/^\S.*\S$/);
    expect(long).toContain(hit?.context.slice(1, -1));
  });

  it("reports each term once per segment and ignores blank or repeated terms", () => {
    const { watchlistHits } = analyzeLocally(
      meeting(["Bob: Budget, budget, budget."], { watchlist: ["budget", " Budget ", "", "   "] }),
    );
    expect(watchlistHits).toEqual([{ term: "budget", seq: 0, context: "Budget, budget, budget." }]);
  });
});
