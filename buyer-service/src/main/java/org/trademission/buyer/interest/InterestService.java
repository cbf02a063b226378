package org.trademission.buyer.interest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trademission.buyer.company.Buyer;
import org.trademission.buyer.company.BuyerAudit;
import org.trademission.buyer.company.BuyerService;
import org.trademission.buyer.company.InterestChange;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;
import org.trademission.platform.web.Versions;

/**
 * Sourcing-interest use cases. Interests belong to the buyer aggregate: each change locks the buyer, bumps its
 * version and publishes an {@code Interest*} event carrying the buyer's whole state.
 */
@ApplicationScoped
public class InterestService {
    private final BuyerService buyers;
    private final BuyerAudit audit;
    private final MergePatcher patcher;

    public InterestService(BuyerService buyers, BuyerAudit audit, MergePatcher patcher) {
        this.buyers = buyers;
        this.audit = audit;
        this.patcher = patcher;
    }

    @Transactional
    public SourcingInterest add(UUID buyerId, InterestRequest request) {
        Buyer buyer = buyers.lockedWithVersion(buyerId, null);
        JsonNode before = audit.snapshot(buyer);
        InterestChange change = buyer.addInterest(request, buyers.today(), buyers.now());
        buyers.commit(buyer, before, change.event());
        return change.interest();
    }

    @Transactional
    public SourcingInterest update(UUID buyerId, UUID interestId, String ifMatch, InterestRequest request) {
        Buyer buyer = buyers.lockedWithVersion(buyerId, null);
        SourcingInterest interest = interest(buyer, interestId);
        Versions.requireMatch(ifMatch, interest.version());
        return update(buyer, interest, request);
    }

    /** A JSON Merge Patch, applied to the interest as read under the buyer's row lock. */
    @Transactional
    public SourcingInterest patch(UUID buyerId, UUID interestId, String ifMatch, JsonNode patch) {
        Buyer buyer = buyers.lockedWithVersion(buyerId, null);
        SourcingInterest interest = interest(buyer, interestId);
        Versions.requireMatch(ifMatch, interest.version());
        return update(buyer, interest, patcher.apply(interest.request(), patch, InterestRequest.class));
    }

    @Transactional
    public void remove(UUID buyerId, UUID interestId, String ifMatch) {
        Buyer buyer = buyers.lockedWithVersion(buyerId, null);
        SourcingInterest interest = interest(buyer, interestId);
        Versions.requireMatch(ifMatch, interest.version());
        JsonNode before = audit.snapshot(buyer);
        buyers.commit(buyer, before, buyer.removeInterest(interest, buyers.now()).event());
    }

    @Transactional
    public InterestView get(UUID buyerId, UUID interestId) {
        return interest(buyers.get(buyerId), interestId).view();
    }

    @Transactional
    public PageResult<InterestView> list(UUID buyerId, Boolean active, String sort, PageRequest page) {
        Optional<Comparator<InterestView>> order = InterestSort.order(sort);
        List<InterestView> all = SortRequest.sorted(buyers.get(buyerId).interests().stream()
                .filter(i -> active == null || i.active() == active).map(SourcingInterest::view).toList(), order);
        List<InterestView> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new PageResult<>(items, page.page(), page.size(), all.size());
    }

    private SourcingInterest update(Buyer buyer, SourcingInterest interest, InterestRequest request) {
        JsonNode before = audit.snapshot(buyer);
        buyer.updateInterest(interest, request, buyers.now())
                .ifPresent(change -> buyers.commit(buyer, before, change.event()));
        return interest;
    }

    private static SourcingInterest interest(Buyer buyer, UUID interestId) {
        return buyer.interest(interestId).orElseThrow(() -> ProblemException.notFound("Sourcing interest",
                interestId));
    }
}
