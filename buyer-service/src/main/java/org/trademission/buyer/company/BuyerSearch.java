package org.trademission.buyer.company;

/**
 * The buyer directory's filters; each is optional. {@code hsCode} matches through active interests, in both
 * directions of the HS hierarchy: {@code 3901} finds an interest in {@code 39} (all plastics) and one in
 * {@code 390110}.
 */
public record BuyerSearch(String q, String country, String city, String hsCode, Boolean enrolled, String language,
        CompanySize companySize) {
}
