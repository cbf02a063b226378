package org.trademission.buyer.company;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trademission.buyer.interest.InterestRequest;
import org.trademission.buyer.interest.SourcingInterest;
import org.trademission.platform.contact.Contact;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.buyer.BuyerData;
import org.trademission.platform.event.buyer.ProgrammeData;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.search.Folded;
import org.trademission.platform.search.Trigrams;
import org.trademission.platform.validation.IsoLanguage;

/**
 * A foreign buyer (importer, distributor, industrial user) of the agency's buyers programme, with what it wants to
 * source. Every state change bumps {@code version} and returns the event it causes; the service stores both in one
 * transaction.
 */
@Entity
@Table(name = "buyer")
public class Buyer {
    static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };
    static final int MAX_INTERESTS = 200;

    @Id
    private UUID id;
    @Column(name = "legal_name", nullable = false, length = 300)
    private String legalName;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(nullable = false, length = 100)
    private String city;
    @Column(length = 15)
    private String ice;
    @Column(name = "tax_id", length = 50)
    private String taxId;
    @Column(length = 500)
    private String website;
    /** ISO 639-1 codes as {@code ,fr,ar,} so that a language filter is a plain LIKE. */
    @Column(nullable = false, length = 500)
    private String languages;
    @Column(length = 5000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", length = 10)
    private CompanySize companySize;
    @Column(nullable = false, length = 20000)
    private String contacts;
    @Column(name = "crm_id", length = 100)
    private String crmId;
    @Column(name = "programme_enrolled", nullable = false)
    private boolean programmeEnrolled;
    @Column(name = "programme_since")
    private LocalDate programmeSince;
    @Column(name = "programme_ended_on")
    private LocalDate programmeEndedOn;
    @Column(name = "programme_end_reason", length = 1000)
    private String programmeEndReason;
    /** {@link Folded} keys of the names and the city: what lists sort by and the city filter compares. */
    @Column(name = "display_name_key", nullable = false, length = 200)
    private String displayNameKey;
    @Column(name = "legal_name_key", nullable = false, length = 300)
    private String legalNameKey;
    @Column(name = "city_key", nullable = false, length = 100)
    private String cityKey;
    /** Folded names, city and description, so that search ignores case and accents in any script on any database. */
    @Column(name = "search_text", nullable = false, length = 20000)
    private String searchText;
    /** The trigrams of {@link #searchText}: the index that lets a search read only the buyers that can match. */
    @ElementCollection
    @CollectionTable(name = "buyer_search_gram", joinColumns = @JoinColumn(name = "buyer_id"))
    @Column(name = "gram", nullable = false, length = 12)
    private Set<String> searchGrams = new HashSet<>();
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @OneToMany(mappedBy = "buyer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<SourcingInterest> interests = new ArrayList<>();

    protected Buyer() {
    }

    public static Buyer register(BuyerRequest request, OffsetDateTime now) {
        Buyer buyer = new Buyer();
        buyer.id = UUID.randomUUID();
        buyer.createdAt = now;
        buyer.assign(request);
        buyer.version = 1;
        buyer.updatedAt = now;
        return buyer;
    }

    public DomainEvent registered() {
        return new DomainEvent(Topics.BUYERS, EventTypes.BUYER_REGISTERED, id, version, data(null));
    }

    /** Whether {@link #update} would change anything. */
    public boolean changedBy(BuyerRequest request) {
        return !request().equals(normalized(request));
    }

    /** Replaces the editable fields; answers nothing when they are unchanged (no new version, no event). */
    public Optional<DomainEvent> update(BuyerRequest request, OffsetDateTime now) {
        if (!changedBy(request)) {
            return Optional.empty();
        }
        assign(request);
        return Optional.of(changed(EventTypes.BUYER_UPDATED, now, null));
    }

    /** Enrols the buyer in the buyers programme from {@code today}. */
    public DomainEvent enrol(LocalDate today, OffsetDateTime now) {
        if (programmeEnrolled) {
            throw ProblemException.conflict("Buyer " + id + " is already enrolled in the buyers programme (since "
                    + programmeSince + ")");
        }
        programmeEnrolled = true;
        programmeSince = today;
        programmeEndedOn = null;
        programmeEndReason = null;
        return changed(EventTypes.BUYER_ENROLLED, now, null);
    }

    /** Ends the buyer's place in the programme, with an optional reason. */
    public DomainEvent withdraw(String reason, LocalDate today, OffsetDateTime now) {
        if (!programmeEnrolled) {
            throw ProblemException.conflict("Buyer " + id + " is not enrolled in the buyers programme");
        }
        programmeEnrolled = false;
        programmeEndedOn = today;
        programmeEndReason = reason == null || reason.isBlank() ? null : reason.trim();
        return changed(EventTypes.BUYER_PROGRAMME_ENDED, now, null);
    }

    public InterestChange addInterest(InterestRequest request, LocalDate today, OffsetDateTime now) {
        if (interests.size() >= MAX_INTERESTS) {
            throw ProblemException.conflict("A buyer may list at most " + MAX_INTERESTS + " sourcing interests");
        }
        if (request.neededBy() != null && request.neededBy().isBefore(today)) {
            throw ProblemException.invalid("neededBy", "must not be in the past (today is " + today + ")");
        }
        SourcingInterest interest = new SourcingInterest(this, request, now);
        interests.add(interest);
        return new InterestChange(interest, changed(EventTypes.INTEREST_ADDED, now, interest.id()));
    }

    /** Answers the event, or nothing when the interest is unchanged. */
    public Optional<InterestChange> updateInterest(SourcingInterest interest, InterestRequest request,
            OffsetDateTime now) {
        if (!interest.update(request, now)) {
            return Optional.empty();
        }
        return Optional.of(new InterestChange(interest, changed(EventTypes.INTEREST_UPDATED, now, interest.id())));
    }

    public InterestChange removeInterest(SourcingInterest interest, OffsetDateTime now) {
        interests.remove(interest);
        return new InterestChange(interest, changed(EventTypes.INTEREST_REMOVED, now, interest.id()));
    }

    public Optional<SourcingInterest> interest(UUID interestId) {
        return interests.stream().filter(i -> i.id().equals(interestId)).findFirst();
    }

    public List<SourcingInterest> interests() {
        return List.copyOf(interests);
    }

    /** The editable fields as a request, to compare with an incoming one. */
    public BuyerRequest request() {
        return new BuyerRequest(legalName, displayName, country, city, ice, taxId, website, languageList(),
                description, companySize, JsonColumn.read(contacts, CONTACTS), crmId);
    }

    public BuyerData data(UUID interestId) {
        return new BuyerData(id, legalName, displayName, country, city, ice, languageList(),
                companySize == null ? null : companySize.name(), new ProgrammeData(programmeEnrolled, programmeSince),
                interests.stream().filter(SourcingInterest::active).map(SourcingInterest::data).toList(), interestId,
                crmId);
    }

    public BuyerView view(boolean withContacts) {
        return new BuyerRow(id, legalName, displayName, country, city, ice, taxId, website, languages, description,
                companySize, contacts, crmId, programmeEnrolled, programmeSince, programmeEndedOn,
                programmeEndReason, version, createdAt, updatedAt).view(withContacts);
    }

    public BuyerProgramme programme() {
        return new BuyerProgramme(programmeEnrolled, programmeSince, programmeEndedOn, programmeEndReason);
    }

    private DomainEvent changed(String type, OffsetDateTime now, UUID interestId) {
        version++;
        updatedAt = now;
        return new DomainEvent(Topics.BUYERS, type, id, version, data(interestId));
    }

    private void assign(BuyerRequest raw) {
        BuyerRequest request = normalized(raw);
        legalName = request.legalName();
        displayName = request.displayName();
        country = request.country();
        city = request.city();
        ice = request.ice();
        taxId = request.taxId();
        website = request.website();
        languages = request.languages().isEmpty() ? "," : "," + String.join(",", request.languages()) + ",";
        description = request.description();
        companySize = request.companySize();
        contacts = JsonColumn.write(request.contacts());
        crmId = request.crmId();
        displayNameKey = Folded.key(displayName, 200);
        legalNameKey = Folded.key(legalName, 300);
        cityKey = Folded.key(city, 100);
        searchText = Stream.of(legalName, displayName, description, city).filter(Objects::nonNull)
                .map(Folded::of).collect(Collectors.joining("\n"));
        Set<String> grams = Trigrams.of(searchText);
        searchGrams.retainAll(grams);
        searchGrams.addAll(grams);
    }

    /** Trims names and drops duplicate languages, so that equal content compares equal. */
    private static BuyerRequest normalized(BuyerRequest r) {
        return new BuyerRequest(trim(r.legalName()), trim(r.displayName()), r.country(), trim(r.city()),
                blankToNull(r.ice()), blankToNull(r.taxId()), blankToNull(r.website()),
                r.languages().stream().map(IsoLanguage.Validator::canonical).distinct().toList(),
                blankToNull(r.description()), r.companySize(),
                r.contacts(), blankToNull(r.crmId()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private List<String> languageList() {
        return languageList(languages);
    }

    /** The language codes of a {@code languages} column ({@code ,ru,en,}), in order. */
    static List<String> languageList(String column) {
        return Arrays.stream(column.split(",")).filter(code -> !code.isEmpty()).toList();
    }

    public UUID id() {
        return id;
    }

    public String ice() {
        return ice;
    }

    public String crmId() {
        return crmId;
    }

    public String displayName() {
        return displayName;
    }

    public String country() {
        return country;
    }

    public String city() {
        return city;
    }

    public long version() {
        return version;
    }
}
