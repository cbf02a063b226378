package org.trademission.buyer.demand;

import org.trademission.platform.hs.HsChapter;

/** The demand in one HS chapter: how many active interests, from how many buyers. */
public record ChapterDemand(HsChapter chapter, long interests, long buyers) {
}
