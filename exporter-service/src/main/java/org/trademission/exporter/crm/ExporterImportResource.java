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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.exporter.company.ExporterRequest;
import org.trademission.exporter.company.ExporterService;
import org.trademission.platform.csv.CsvBody;
import org.trademission.platform.importing.BulkImporter;
import org.trademission.platform.importing.ImportReport;
import org.trademission.platform.importing.ImportRows;
import org.trademission.platform.problem.Violation;
import org.trademission.platform.security.Roles;

@Path("/api/v1/exporters/import")
@Tag(name = "CRM", description = "Bulk upsert of exporters from the agency's CRM")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.CRM})
public class ExporterImportResource {
    // Swagger UI's examples: two exporters each, with valid INNs and OGRNs; a second import reports them unchanged
    private static final String CSV_EXAMPLE = """
            legalName,displayName,inn,ogrn,city,website,languages,description,certifications,crmId,contactName,\
            contactEmail,contactPhone
            ООО «ТриДэ Принт»,3D Print Moscow,7719402833,1177746123455,Москва,https://3dprint.example.ru,ru;en,\
            Промышленные 3D-принтеры,ISO 9001:2015,CRM-EXP-0101,Павел Орлов,p.orlov@3dprint.example.ru,+7 495 765-43-21
            ООО «ДиаТест»,DiaTest,7734561299,1197746987657,Москва,,ru;fr,Диагностическое оборудование,,CRM-EXP-0102,\
            Анна Белова,a.belova@diatest.example.ru,
            """;
    private static final String JSON_EXAMPLE = """
            [{"legalName": "ООО «ТрансБезопасность»", "displayName": "TransSecurity", "inn": "5032187640",
              "ogrn": "1215001234568", "city": "Москва", "languages": ["ru", "en"],
              "description": "Досмотровое оборудование для транспорта", "crmId": "CRM-EXP-0103",
              "contacts": [{"name": "Олег Смирнов", "email": "o.smirnov@transsec.example.ru"}]},
             {"legalName": "ООО «Гравировальные системы»", "displayName": "EngraveTech", "inn": "7705913429",
              "ogrn": "1187746554434", "city": "Зеленоград", "languages": ["ru", "fr"], "crmId": "CRM-EXP-0104"}]""";

    private final BulkImporter importer;
    private final ExporterService exporters;
    private final ObjectMapper objectMapper;

    public ExporterImportResource(BulkImporter importer, ExporterService exporters, ObjectMapper objectMapper) {
        this.importer = importer;
        this.exporters = exporters;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import exporters from CSV",
            description = "Header line with columns legalName, displayName, inn, ogrn, city, website, languages (;), "
                    + "description, certifications (;), crmId, contactName, contactEmail, contactPhone. Upserts by "
                    + "crmId, else INN; answers a report per row. The file is read in the charset of the Content-Type "
                    + "(text/csv; charset=windows-1251), else as UTF-8 (with or without BOM).")
    public ImportReport importCsv(
            @RequestBody(content = {
                @Content(mediaType = "text/csv", example = CSV_EXAMPLE),
                @Content(mediaType = MediaType.TEXT_PLAIN, example = CSV_EXAMPLE)}) @NotNull byte[] csv,
            @HeaderParam("Content-Type") MediaType contentType) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        ExporterCsv.Rows rows = ExporterCsv.read(new StringReader(CsvBody.decode(csv, charset)));
        return importRows(rows.requests(), rows.unreadable());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import exporters from a JSON array", description = "Each element as for POST /exporters.")
    public ImportReport importJson(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = JSON_EXAMPLE))
            @NotNull JsonNode body) {
        ImportRows<ExporterRequest> rows = ImportRows.fromJson(body, ExporterRequest.class, objectMapper);
        return importRows(rows.requests(), rows.unreadable());
    }

    /** Upserts by crmId, else INN (keeping the CRM id the exporter has). */
    private ImportReport importRows(List<ExporterRequest> rows, List<List<Violation>> unreadable) {
        return importer.importRows(rows, unreadable, row -> row.crmId() != null
                ? new BulkImporter.Key("crmId", row.crmId()) : new BulkImporter.Key("inn", row.inn()),
                chunk -> exporters.upsertAll(chunk).stream()
                        .map(upserted -> new BulkImporter.Stored(upserted.exporter().id(), upserted.outcome()))
                        .toList());
    }
}
