package org.trademission.exporter.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.exporter.company.ExporterRequest;
import org.trademission.platform.csv.CsvBody;
import org.trademission.platform.problem.JsonProblems;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;
import org.trademission.platform.security.Roles;

@Path("/api/v1/exporters/import")
@Tag(name = "CRM", description = "Bulk upsert of exporters from the agency's CRM")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.CRM})
public class ExporterImportResource {
    private final ExporterImporter importer;
    private final ObjectMapper objectMapper;

    public ExporterImportResource(ExporterImporter importer, ObjectMapper objectMapper) {
        this.importer = importer;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import exporters from CSV",
            description = "Header line with columns legalName, displayName, inn, ogrn, city, website, languages (;), "
                    + "description, certifications (;), crmId, contactName, contactEmail, contactPhone. Upserts by "
                    + "crmId, else INN; answers a report per row. The file is read in the charset of the Content-Type "
                    + "(text/csv; charset=windows-1251), else as UTF-8 (with or without BOM).")
    public ImportReport importCsv(@NotNull byte[] csv, @HeaderParam("Content-Type") MediaType contentType) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        ExporterCsv.Rows rows = ExporterCsv.read(new StringReader(CsvBody.decode(csv, charset)));
        return importer.importRows(rows.requests(), rows.unreadable());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import exporters from a JSON array", description = "Each element as for POST /exporters.")
    public ImportReport importJson(@NotNull JsonNode body) {
        if (!body.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of exporters");
        }
        List<ExporterRequest> rows = new ArrayList<>(body.size());
        List<List<Violation>> unreadable = new ArrayList<>(body.size());
        for (JsonNode element : body) {
            try {
                rows.add(element.isObject() ? objectMapper.treeToValue(element, ExporterRequest.class) : null);
                unreadable.add(element.isObject() ? List.of() : List.of(new Violation("row", "must be an object")));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                rows.add(null);
                unreadable.add(List.of(JsonProblems.violation(e, null)));
            }
        }
        return importer.importRows(rows, unreadable);
    }
}
