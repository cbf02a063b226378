package org.trademission.exporter.company;

import org.trademission.exporter.product.Product;
import org.trademission.platform.event.DomainEvent;

/** A product change of the exporter aggregate: the product and the event it caused. */
public record ProductChange(Product product, DomainEvent event) {
}
