package org.trademission.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Moves the examples' dates ahead of today ({@link ExampleDates}) each time the document is written, so that a body
 * sent from Swagger UI keeps passing the rules about the future (an application deadline, a session's date) long
 * after the examples were written.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ExampleDatesFilter implements OASFilter {
    @Override
    public Schema filterSchema(Schema schema) {
        ExampleDates dates = today();
        if (schema.getExamples() != null) {
            schema.setExamples(schema.getExamples().stream().map(dates::shift).toList());
        }
        if (schema.getExample() != null) {
            schema.setExample(dates.shift(schema.getExample()));
        }
        return schema;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        ExampleDates dates = today();
        if (requestBody.getContent() != null && requestBody.getContent().getMediaTypes() != null) {
            for (MediaType mediaType : requestBody.getContent().getMediaTypes().values()) {
                if (mediaType.getExample() != null) {
                    mediaType.setExample(dates.shift(mediaType.getExample()));
                }
                if (mediaType.getExamples() != null) {
                    mediaType.getExamples().values().forEach(example -> example.setValue(
                            dates.shift(example.getValue())));
                }
            }
        }
        return requestBody;
    }

    /** Today's shift, not the start's: a service may run for months. */
    private static ExampleDates today() {
        return ExampleDates.on(LocalDate.now(ZoneOffset.UTC));
    }
}
