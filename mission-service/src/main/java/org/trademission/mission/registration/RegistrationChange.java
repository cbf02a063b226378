package org.trademission.mission.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.validation.IsoLanguage;

/** What a registration may change: the periods the buyer cannot attend and its interpreter language. */
@Schema(example = """
        {"unavailable": [{"start": "2027-03-10T14:00:00+01:00", "end": "2027-03-10T16:00:00+01:00"}],
         "interpreterLanguage": "ru"}""")
public record RegistrationChange(@Size(max = 50) List<@NotNull @Valid Period> unavailable,
        @IsoLanguage String interpreterLanguage) {
    public RegistrationChange {
        unavailable = unavailable == null ? List.of() : unavailable;
    }
}
