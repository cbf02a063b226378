package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageResultTest {
    private final AtomicInteger counts = new AtomicInteger();

    private long count() {
        counts.incrementAndGet();
        return 57;
    }

    @Test
    void takesTheTotalFromAShortFirstPageWithoutCounting() {
        PageResult<String> page = PageResult.of(List.of("a", "b"), new PageRequest(0, 20), this::count);

        assertEquals(2, page.total());
        assertEquals(0, counts.get());
    }

    @Test
    void takesTheTotalFromAShortLaterPageWithoutCounting() {
        PageResult<String> page = PageResult.of(List.of("a"), new PageRequest(2, 20), this::count);

        assertEquals(41, page.total());
        assertEquals(0, counts.get());
    }

    @Test
    void answersZeroForAnEmptyFirstPage() {
        assertEquals(0, PageResult.of(List.of(), new PageRequest(0, 20), this::count).total());
        assertEquals(0, counts.get());
    }

    @Test
    void countsWhenThePageIsFull() {
        PageResult<String> page = PageResult.of(List.of("a", "b"), new PageRequest(0, 2), this::count);

        assertEquals(57, page.total());
        assertEquals(1, counts.get());
    }

    @Test
    void countsForAnEmptyPagePastTheFirst() {
        assertEquals(57, PageResult.of(List.of(), new PageRequest(9, 20), this::count).total());
        assertEquals(1, counts.get());
    }
}
