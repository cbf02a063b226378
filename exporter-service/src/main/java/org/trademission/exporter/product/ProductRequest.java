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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a client sets on a product. */
@Schema(example = """
        {"name": "Лазерный гравёр LT-3020 (волоконный, 30 Вт)",
         "description": "Волоконный лазер 30 Вт для маркировки металла и пластика, поле 200 × 200 мм",
         "hsCode": "8456110000", "moq": 1, "unit": "pcs",
         "priceRange": {"min": {"amount": "9500.00", "currency": "EUR"},
                        "max": {"amount": "12800.00", "currency": "EUR"}},
         "certifications": ["CE", "ЕАС"], "leadTimeDays": 45}""")
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
