package org.trademission.buyer.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of the trigram index, for queries only: {@link Buyer} writes these rows as its {@code searchGrams}
 * collection; searches read them through this mapping ({@code b.id in (select g.buyerId ...)}).
 */
@Entity
@Immutable
@Table(name = "buyer_search_gram")
@IdClass(BuyerSearchGram.Key.class)
class BuyerSearchGram {
    @Id
    @Column(name = "gram")
    private String gram;
    @Id
    @Column(name = "buyer_id")
    private UUID buyerId;

    protected BuyerSearchGram() {
    }

    record Key(String gram, UUID buyerId) implements Serializable {
    }
}
