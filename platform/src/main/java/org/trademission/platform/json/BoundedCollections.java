package org.trademission.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.Collection;
import org.trademission.platform.text.RejectedValueException;

/**
 * Refuses a JSON array of more than {@link #MAX_ELEMENTS} elements read into a collection of a record, before Bean
 * Validation sees it: validation would cascade into every element and hold a violation for each (99,000 empty
 * contacts in one request exhausted a service's heap), although no request list may have more than 50 and no event
 * list comes near. A {@code JsonNode} (an import's array, a merge patch) is not a collection here.
 */
final class BoundedCollections extends BeanDeserializerModifier {
    static final int MAX_ELEMENTS = 10_000;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    private static final class Bounded extends DelegatingDeserializer {
        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> collection && collection.size() > MAX_ELEMENTS) {
                throw new RejectedValueException(parser, "must have at most " + MAX_ELEMENTS + " elements");
            }
            return value;
        }
    }
}
