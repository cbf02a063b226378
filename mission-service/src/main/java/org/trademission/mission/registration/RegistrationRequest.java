package org.trademission.mission.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.validation.IsoLanguage;

/**
 * A buyer registers to a mission: itself (role buyer) or by staff. {@code unavailable}: periods it cannot attend;
 * {@code interpreterLanguage}: the language it needs an interpreter into (ISO 639-1), if any.
 */
@Schema(example = """
        {"buyerId": "8d2e4f60-1b3a-4c5d-9e7f-0a1b2c3d4e5f",
         "unavailable": [{"start": "2027-03-10T09:00:00+01:00", "end": "2027-03-10T10:30:00+01:00"}],
         "interpreterLanguage": "fr"}""")
public record RegistrationRequest(@NotNull UUID buyerId, @Size(max = 50) List<@NotNull @Valid Period> unavailable,
        @IsoLanguage String interpreterLanguage) {
    public RegistrationRequest {
        unavailable = unavailable == null ? List.of() : unavailable;
    }
}
