package org.trademission.platform.audit;

/** One changed field: its JSON name and the values before and after. */
public record FieldChange(String field, Object from, Object to) {
}
