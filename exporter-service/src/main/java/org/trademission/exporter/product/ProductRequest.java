package org.trademission.exporter.product;

import org.trademission.platform.text.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.trademission.platform.hs.HsCode;

/** The fields a client sets on a product. */
public record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5000) @MultiLine String description,
        @NotNull @HsCode String hsCode,
        @Positive Long moq,
        @Size(max = 20) String unit,
        @Valid PriceRange priceRange,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> certifications,
        @PositiveOrZero @Max(3650) Integer leadTimeDays) {

    public ProductRequest {
        certifications = certifications == null ? List.of() : certifications;
    }
}
