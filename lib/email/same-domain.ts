/** The part after "@", lower-cased; "" for something that isn't an address. */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at > 0
    ? address
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : "";
}

/**
 * Whether two addresses are at the same domain, i.e. a colleague rather than someone outside the
 * owner's organisation. The recap dialog pre-ticks only colleagues: mail to outsiders is a choice.
 */
export function sameDomain(address: string, owner: string): boolean {
  const domain = domainOf(address);
  return domain !== "" && domain === domainOf(owner);
}
