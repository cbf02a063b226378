package org.trademission.platform.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** The contract's list answer: {@code {"items": [...], "page": 0, "size": 20, "total": 57}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    /**
     * The page of {@code items}, counting the whole result with {@code count} only when the page cannot tell: a page
     * that is not full (and not an empty page past the first) is the last, so the total is what precedes it plus it.
     */
    public static <T> PageResult<T> of(List<T> items, PageRequest request, LongSupplier count) {
        boolean last = items.size() < request.size() && (!items.isEmpty() || request.page() == 0);
        long total = last ? (long) request.page() * request.size() + items.size() : count.getAsLong();
        return new PageResult<>(items, request.page(), request.size(), total);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
