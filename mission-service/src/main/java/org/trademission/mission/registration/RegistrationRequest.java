package org.trademission.mission.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.validation.IsoLanguage;

/**
 * A buyer registers to a mission: itself (role buyer) or by staff. {@code unavailable}: periods it cannot attend;
 * {@code interpreterLanguage}: the language it needs an interpreter into (ISO 639-1), if any.
 */
public record RegistrationRequest(@NotNull UUID buyerId, @Size(max = 50) List<@NotNull @Valid Period> unavailable,
        @IsoLanguage String interpreterLanguage) {
    public RegistrationRequest {
        unavailable = unavailable == null ? List.of() : unavailable;
    }
}
