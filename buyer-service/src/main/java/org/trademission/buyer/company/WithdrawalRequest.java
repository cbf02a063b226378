package org.trademission.buyer.company;

import jakarta.validation.constraints.Size;
import org.trademission.platform.text.MultiLine;

/** The body of a programme withdrawal: why (optional). */
public record WithdrawalRequest(@Size(max = 1000) @MultiLine String reason) {
}
