package org.trademission.exporter.company;

import org.trademission.platform.contact.Contact;
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
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.event.Topics;
import org.trademission.exporter.product.Product;
import org.trademission.exporter.product.ProductRequest;
import org.trademission.platform.event.exporter.ExporterData;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.search.Folded;
import org.trademission.platform.search.Trigrams;
import org.trademission.platform.validation.IsoLanguage;

/**
 * A Moscow manufacturer in the agency's directory. Every state change bumps {@code version} and returns the event
 * it causes; the service stores both in one transaction.
 */
@Entity
@Table(name = "exporter")
public class Exporter {
    static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    static final int MAX_PRODUCTS = 500;

    @Id
    private UUID id;
    @Column(name = "legal_name", nullable = false, length = 300)
    private String legalName;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 12)
    private String inn;
    @Column(length = 15)
    private String ogrn;
    @Column(length = 100)
    private String city;
    @Column(length = 500)
    private String website;
    /** ISO 639-1 codes as {@code ,ru,en,} so that a language filter is a plain LIKE. */
    @Column(nullable = false, length = 500)
    private String languages;
    @Column(length = 5000)
    private String description;
    @Column(nullable = false, length = 10_000)
    private String certifications;
    @Column(nullable = false, length = 20000)
    private String contacts;
    @Column(name = "crm_id", length = 100)
    private String crmId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExporterStatus status;
    @Column(name = "status_reason", length = 1000)
    private String statusReason;
    /** Lower-cased names and description, so that search is case-insensitive in any script on any database. */
    /** {@link Folded} keys of the names and the city: what lists sort by and the city filter compares. */
    @Column(name = "display_name_key", nullable = false, length = 200)
    private String displayNameKey;
    @Column(name = "legal_name_key", nullable = false, length = 300)
    private String legalNameKey;
    @Column(name = "city_key", length = 100)
    private String cityKey;
    @Column(name = "search_text", nullable = false, length = 20000)
    private String searchText;
    /** The trigrams of {@link #searchText}: the index that lets a search read only the exporters that can match. */
    @ElementCollection
    @CollectionTable(name = "exporter_search_gram", joinColumns = @JoinColumn(name = "exporter_id"))
    @Column(name = "gram", nullable = false, length = 12)
    private Set<String> searchGrams = new HashSet<>();
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @OneToMany(mappedBy = "exporter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<Product> products = new ArrayList<>();

    protected Exporter() {
    }

    public static Exporter register(ExporterRequest request, OffsetDateTime now) {
        Exporter exporter = new Exporter();
        exporter.id = UUID.randomUUID();
        exporter.status = ExporterStatus.PENDING_VERIFICATION;
        exporter.createdAt = now;
        exporter.assign(request);
        exporter.version = 1;
        exporter.updatedAt = now;
        return exporter;
    }

    public DomainEvent registered() {
        return event(EventTypes.EXPORTER_REGISTERED);
    }

    /** Whether {@link #update} would change anything. */
    public boolean changedBy(ExporterRequest request) {
        return !request().equals(normalized(request));
    }

    /** Replaces the editable fields; answers nothing when they are unchanged (no new version, no event). */
    public Optional<DomainEvent> update(ExporterRequest request, OffsetDateTime now) {
        if (!changedBy(request)) {
            return Optional.empty();
        }
        assign(request);
        return Optional.of(changed(EventTypes.EXPORTER_UPDATED, now));
    }

    public DomainEvent verify(OffsetDateTime now) {
        if (status == ExporterStatus.VERIFIED) {
            throw ProblemException.conflict("Exporter " + id + " is already verified");
        }
        status = ExporterStatus.VERIFIED;
        statusReason = null;
        return changed(EventTypes.EXPORTER_VERIFIED, now);
    }

    public DomainEvent suspend(String reason, OffsetDateTime now) {
        if (status == ExporterStatus.SUSPENDED) {
            throw ProblemException.conflict("Exporter " + id + " is already suspended");
        }
        status = ExporterStatus.SUSPENDED;
        statusReason = reason;
        return changed(EventTypes.EXPORTER_SUSPENDED, now);
    }

    public ProductChange addProduct(ProductRequest request, OffsetDateTime now) {
        if (products.size() >= MAX_PRODUCTS) {
            throw ProblemException.conflict("An exporter may list at most " + MAX_PRODUCTS + " products");
        }
        Product product = new Product(this, request, now);
        products.add(product);
        refreshSearchText();
        return new ProductChange(product, changed(EventTypes.PRODUCT_ADDED, now, product.id()));
    }

    /** Answers the event, or nothing when the product is unchanged. */
    public Optional<ProductChange> updateProduct(Product product, ProductRequest request, OffsetDateTime now) {
        if (!product.update(request, now)) {
            return Optional.empty();
        }
        refreshSearchText();
        return Optional.of(new ProductChange(product, changed(EventTypes.PRODUCT_UPDATED, now, product.id())));
    }

    public ProductChange removeProduct(Product product, OffsetDateTime now) {
        products.remove(product);
        refreshSearchText();
        return new ProductChange(product, changed(EventTypes.PRODUCT_REMOVED, now, product.id()));
    }

    public Optional<Product> product(UUID productId) {
        return products.stream().filter(p -> p.id().equals(productId)).findFirst();
    }

    public List<Product> products() {
        return List.copyOf(products);
    }

    /** The editable fields as a request, to compare with an incoming one. */
    public ExporterRequest request() {
        return new ExporterRequest(legalName, displayName, inn, ogrn, city, website, languageList(),
                description, JsonColumn.read(certifications, STRINGS), contactList(), crmId);
    }

    public ExporterData data(UUID productId) {
        return new ExporterData(id, legalName, displayName, inn, city, languageList(), status.name(),
                products.stream().map(Product::hsCode).distinct().sorted().toList(),
                products.stream().map(Product::summary).toList(), productId, crmId,
                JsonColumn.read(certifications, STRINGS));
    }

    private DomainEvent changed(String type, OffsetDateTime now) {
        return changed(type, now, null);
    }

    private DomainEvent changed(String type, OffsetDateTime now, UUID productId) {
        version++;
        updatedAt = now;
        return new DomainEvent(Topics.EXPORTERS, type, id, version, data(productId));
    }

    private DomainEvent event(String type) {
        return new DomainEvent(Topics.EXPORTERS, type, id, version, data(null));
    }

    private void assign(ExporterRequest raw) {
        ExporterRequest request = normalized(raw);
        legalName = request.legalName();
        displayName = request.displayName();
        inn = request.inn();
        ogrn = request.ogrn();
        city = request.city();
        website = request.website();
        languages = request.languages().isEmpty() ? "," : "," + String.join(",", request.languages()) + ",";
        description = request.description();
        certifications = JsonColumn.write(request.certifications());
        contacts = JsonColumn.write(request.contacts());
        crmId = request.crmId();
        displayNameKey = Folded.key(displayName, 200);
        legalNameKey = Folded.key(legalName, 300);
        cityKey = Folded.key(city, 100);
        refreshSearchText();
    }

    private void refreshSearchText() {
        searchText = Stream.concat(Stream.of(legalName, displayName, description, city),
                        products.stream().map(Product::name))
                .filter(Objects::nonNull)
                .map(Folded::of)
                .collect(Collectors.joining("\n"));
        if (searchText.length() > 20_000) {
            searchText = searchText.substring(0, 20_000);
        }
        Set<String> grams = Trigrams.of(searchText);
        searchGrams.retainAll(grams);
        searchGrams.addAll(grams);
    }

    /** Trims text and drops duplicate languages, so that equal content compares equal. */
    private static ExporterRequest normalized(ExporterRequest r) {
        return new ExporterRequest(trim(r.legalName()), trim(r.displayName()), r.inn(), blankToNull(r.ogrn()),
                blankToNull(r.city()), blankToNull(r.website()),
                r.languages().stream().map(IsoLanguage.Validator::canonical).distinct().toList(),
                blankToNull(r.description()), r.certifications().stream().map(String::trim).distinct().toList(),
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

    private List<Contact> contactList() {
        return JsonColumn.read(contacts, CONTACTS);
    }

    public UUID id() {
        return id;
    }

    public String inn() {
        return inn;
    }

    public String ogrn() {
        return ogrn;
    }

    public String crmId() {
        return crmId;
    }

    public ExporterStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    ExporterView view(boolean withContacts) {
        return new ExporterRow(id, legalName, displayName, inn, ogrn, city, website, languages, description,
                certifications, contacts, crmId, status, statusReason, version, createdAt, updatedAt)
                .view(withContacts);
    }
}
