package org.trademission.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that breaks a rule; its message is the violation's, in the API's words. */
public class RejectedValueException extends JsonMappingException {
    public RejectedValueException(JsonParser parser, String message) {
        super(parser, message);
    }
}
