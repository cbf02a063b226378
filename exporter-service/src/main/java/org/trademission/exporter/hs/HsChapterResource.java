package org.trademission.exporter.hs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.hs.HsChapter;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Roles;

@Path("/api/v1/hs-chapters")
@Tag(name = "HS chapters", description = "The Harmonized System chapters, to label product codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER, Roles.PARTNER, Roles.CRM})
public class HsChapterResource {

    @GET
    @Operation(summary = "The 96 HS chapters in use (77 is reserved)")
    public List<HsChapter> chapters() {
        return HsNomenclature.chapters();
    }

    @GET
    @Path("{code}")
    public HsChapter chapter(@PathParam("code") String code) {
        if (!code.matches("\\d{2}")) {
            throw ProblemException.invalid("code", "must be two digits");
        }
        return HsNomenclature.chapter(code).orElseThrow(() -> ProblemException.notFound("HS chapter", code));
    }
}
