package org.trademission.mission.brief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.trademission.platform.text.MultiLine;

/** A market brief: the agency's analysis of the target market for the mission's participants. */
@Schema(example = """
        {"title": "Le marché marocain des plastiques", "summary": "Demande soutenue en polyéthylène pour l'emballage.",
         "sections": [{"heading": "Importations", "body": "Le Maroc importe l'essentiel de ses polymères."}],
         "links": [{"title": "Office des changes", "url": "https://www.oc.gov.ma"}]}""")
public record BriefRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) @MultiLine String summary,
        @Size(max = 50) List<@NotNull @Valid Section> sections,
        @Size(max = 50) List<@NotNull @Valid Link> links) {

    public BriefRequest {
        sections = sections == null ? List.of() : sections;
        links = links == null ? List.of() : links;
    }

    /** One section of a brief. */
    public record Section(@NotBlank @Size(max = 200) String heading, @Size(max = 20000) @MultiLine String body) {
    }

    /** A link to a source. */
    public record Link(@NotBlank @Size(max = 200) String title,
            @NotBlank @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 1000) String url) {
    }
}
