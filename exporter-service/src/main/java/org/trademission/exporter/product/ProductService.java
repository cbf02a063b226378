package org.trademission.exporter.product;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trademission.exporter.company.Exporter;
import org.trademission.exporter.company.ExporterAudit;
import org.trademission.exporter.company.ExporterChangeRules;
import org.trademission.exporter.company.ExporterService;
import org.trademission.exporter.company.ProductChange;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;
import org.trademission.platform.web.Versions;

/**
 * Product use cases. Products belong to the exporter aggregate: each change locks the exporter, bumps its version
 * and publishes a {@code Product*} event carrying the exporter's whole state.
 */
@ApplicationScoped
public class ProductService {
    private final ExporterService exporters;
    private final ExporterAudit audit;
    private final ExporterChangeRules rules;
    private final MergePatcher patcher;

    public ProductService(ExporterService exporters, ExporterAudit audit, ExporterChangeRules rules,
            MergePatcher patcher) {
        this.exporters = exporters;
        this.audit = audit;
        this.rules = rules;
        this.patcher = patcher;
    }

    @Transactional
    public Product add(UUID exporterId, ProductRequest request) {
        Exporter exporter = locked(exporterId);
        JsonNode before = audit.snapshot(exporter);
        ProductChange change = exporter.addProduct(request, now());
        exporters.commit(exporter, before, change.event());
        return change.product();
    }

    @Transactional
    public Product update(UUID exporterId, UUID productId, String ifMatch, ProductRequest request) {
        Exporter exporter = locked(exporterId);
        Product product = product(exporter, productId);
        Versions.requireMatch(ifMatch, product.version());
        return update(exporter, product, request);
    }

    /** A JSON Merge Patch, applied to the product as read under the exporter's row lock. */
    @Transactional
    public Product patch(UUID exporterId, UUID productId, String ifMatch, JsonNode patch) {
        Exporter exporter = locked(exporterId);
        Product product = product(exporter, productId);
        Versions.requireMatch(ifMatch, product.version());
        return update(exporter, product, patcher.apply(product.request(), patch, ProductRequest.class));
    }

    private Product update(Exporter exporter, Product product, ProductRequest request) {
        JsonNode before = audit.snapshot(exporter);
        exporter.updateProduct(product, request, now())
                .ifPresent(change -> exporters.commit(exporter, before, change.event()));
        return product;
    }

    @Transactional
    public void remove(UUID exporterId, UUID productId, String ifMatch) {
        Exporter exporter = locked(exporterId);
        Product product = product(exporter, productId);
        Versions.requireMatch(ifMatch, product.version());
        JsonNode before = audit.snapshot(exporter);
        exporters.commit(exporter, before, exporter.removeProduct(product, now()).event());
    }

    @Transactional
    public Product get(UUID exporterId, UUID productId) {
        return product(exporters.get(exporterId), productId);
    }

    @Transactional
    public PageResult<ProductView> list(UUID exporterId, String sort, PageRequest page) {
        Optional<Comparator<ProductView>> order = ProductSort.order(sort);
        List<ProductView> all = SortRequest.sorted(exporters.get(exporterId).products().stream().map(Product::view)
                .toList(), order);
        List<ProductView> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new PageResult<>(items, page.page(), page.size(), all.size());
    }

    private Exporter locked(UUID exporterId) {
        Exporter exporter = exporters.lockedWithVersion(exporterId, null);
        rules.requireMayChange(exporter);
        return exporter;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Product product(Exporter exporter, UUID productId) {
        Optional<Product> product = exporter.product(productId);
        return product.orElseThrow(() -> ProblemException.notFound("Product", productId));
    }
}
