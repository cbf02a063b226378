package org.trademission.mission.mission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.hs.HsPrefix;
import org.trademission.platform.text.MultiLine;
import org.trademission.platform.validation.IsoCountry;

/** The fields staff set on a mission. Dates are checked together by {@link MissionDates}. */
@MissionDates
@Schema(example = """
        {"title": "Mission d'affaires au Maroc", "destinationCountry": "MA", "cities": ["Casablanca"],
         "format": "HYBRID", "startDate": "2027-03-09", "endDate": "2027-03-11", "timezone": "Africa/Casablanca",
         "applicationDeadline": "2027-02-01", "hsFocus": ["8456", "8477", "9027", "8531"], "exporterCapacity": 7,
         "description": "Rencontres B2B ciblées avec des acheteurs marocains, en présentiel et en ligne."}""")
public record MissionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @IsoCountry String destinationCountry,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> cities,
        @NotNull MissionFormat format,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @TimeZone String timezone,
        @NotNull LocalDate applicationDeadline,
        @Size(max = 50) List<@NotNull @HsPrefix String> hsFocus,
        @NotNull @Min(1) @Max(1000) Integer exporterCapacity,
        @Size(max = 10000) @MultiLine String description) {

    public MissionRequest {
        cities = cities == null ? List.of() : cities;
        hsFocus = hsFocus == null ? List.of() : hsFocus;
    }
}
