package org.trademission.buyer.crm;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.buyer.company.BuyerRequest;
import org.trademission.buyer.company.BuyerService;
import org.trademission.platform.csv.CsvBody;
import org.trademission.platform.importing.BulkImporter;
import org.trademission.platform.importing.ImportReport;
import org.trademission.platform.importing.ImportRows;
import org.trademission.platform.security.Roles;

@Path("/api/v1/buyers/import")
@Tag(name = "CRM", description = "Bulk upsert of buyers from the agency's CRM")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.CRM})
public class BuyerImportResource {
    // Swagger UI's examples: two buyers each, with valid ICEs; a second import reports them unchanged
    private static final String CSV_EXAMPLE = """
            legalName,displayName,country,city,ice,taxId,website,languages,description,companySize,crmId,\
            contactName,contactEmail,contactPhone
            Atlas Emballages SA,Atlas Emballages,MA,Casablanca,002345678000031,,https://atlas-emballages.example.ma,\
            fr;ar,Films et sacs en polyéthylène,LARGE,CRM-ACH-0201,Karim Benjelloun,k.benjelloun@atlas.example.ma,\
            +212 522 987 654
            Sécurité Portuaire du Nord SARL,SPN,MA,Tanger,001987654000047,,,fr;en,Contrôle des conteneurs,SMALL,\
            CRM-ACH-0202,Nadia Tazi,n.tazi@spn.example.ma,
            """;
    private static final String JSON_EXAMPLE = """
            [{"legalName": "Laboratoires Diagnostic Maroc SA", "displayName": "LDM", "country": "MA",
              "city": "Rabat", "ice": "003123456000040", "languages": ["fr", "ar"],
              "description": "Réseau de laboratoires d'analyses médicales", "companySize": "MEDIUM",
              "crmId": "CRM-ACH-0203", "contacts": [{"name": "Samir Alaoui", "email": "s.alaoui@ldm.example.ma"}]},
             {"legalName": "Gravure et Signalétique SARL", "displayName": "GraviSign", "country": "MA",
              "city": "Marrakech", "ice": "002765432000056", "languages": ["fr"], "companySize": "MICRO",
              "crmId": "CRM-ACH-0204"}]""";

    private final BulkImporter importer;
    private final BuyerService buyers;
    private final ObjectMapper objectMapper;

    public BuyerImportResource(BulkImporter importer, BuyerService buyers, ObjectMapper objectMapper) {
        this.importer = importer;
        this.buyers = buyers;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import buyers from CSV",
            description = "Header line with columns legalName, displayName, country, city, ice, taxId, website, "
                    + "languages (;), description, companySize, crmId, contactName, contactEmail, contactPhone. "
                    + "Upserts by crmId, else ICE; answers a report per row. Read in the charset of the "
                    + "Content-Type (text/csv; charset=windows-1256), else as UTF-8 (with or without BOM).")
    public ImportReport importCsv(
            @RequestBody(content = {
                @Content(mediaType = "text/csv", example = CSV_EXAMPLE),
                @Content(mediaType = MediaType.TEXT_PLAIN, example = CSV_EXAMPLE)}) @NotNull byte[] csv,
            @HeaderParam("Content-Type") MediaType contentType) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return importRows(BuyerCsv.read(new StringReader(CsvBody.decode(csv, charset))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import buyers from a JSON array", description = "Each element as for POST /buyers.")
    public ImportReport importJson(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = JSON_EXAMPLE))
            @NotNull JsonNode body) {
        return importRows(ImportRows.fromJson(body, BuyerRequest.class, objectMapper));
    }

    /** Upserts by crmId, else ICE; a row with neither (a buyer outside Morocco without crmId) is rejected. */
    private ImportReport importRows(ImportRows<BuyerRequest> rows) {
        return importer.importRows(rows.requests(), rows.unreadable(), row -> row.crmId() != null
                ? new BulkImporter.Key("crmId", row.crmId())
                : row.ice() != null ? new BulkImporter.Key("ice", row.ice()) : null,
                chunk -> buyers.upsertAll(chunk).stream()
                        .map(upserted -> new BulkImporter.Stored(upserted.buyer().id(), upserted.outcome()))
                        .toList());
    }
}
