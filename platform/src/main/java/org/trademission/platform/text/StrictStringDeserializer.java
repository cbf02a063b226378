package org.trademission.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads every JSON string the services accept: only a JSON string (no number or boolean turned into text), checked
 * against {@link TextRule}, multi-line where the property is {@link MultiLine}.
 */
public class StrictStringDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private final boolean multiLine;

    public StrictStringDeserializer() {
        this(false);
    }

    private StrictStringDeserializer(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
        return multi == multiLine ? this : new StrictStringDeserializer(multi);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        var problem = TextRule.problem(text, multiLine);
        if (problem.isPresent()) {
            throw new RejectedValueException(parser, problem.get());
        }
        return text;
    }
}
