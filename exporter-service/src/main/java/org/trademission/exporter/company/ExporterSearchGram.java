package org.trademission.exporter.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of the trigram index, for queries only: {@link Exporter} writes these rows as its {@code searchGrams}
 * collection; searches read them through this mapping ({@code e.id in (select g.exporterId ...)}).
 */
@Entity
@Immutable
@Table(name = "exporter_search_gram")
@IdClass(ExporterSearchGram.Key.class)
class ExporterSearchGram {
    @Id
    @Column(name = "gram")
    private String gram;
    @Id
    @Column(name = "exporter_id")
    private UUID exporterId;

    protected ExporterSearchGram() {
    }

    record Key(String gram, UUID exporterId) implements Serializable {
    }
}
