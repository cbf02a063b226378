package org.trademission.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.trademission.platform.problem.JsonProblems;
import org.trademission.platform.problem.ProblemException;

/** Applies a JSON Merge Patch to a request record and validates the result like a full request. */
@ApplicationScoped
public class MergePatcher {
    private final ObjectMapper objectMapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /**
     * An optional JSON body (e.g. {@code {"reason": "..."}} of a status change) read over {@code empty}: no body gives
     * {@code empty}; a body is read, checked strictly and validated like any request.
     */
    public <T> T applyOptional(T empty, String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return empty;
        }
        try {
            return apply(empty, objectMapper.readTree(body), type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.problem(e));
        }
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "a merge patch must be a JSON object");
        }
        T result;
        try {
            result = objectMapper.treeToValue(MergePatch.apply(objectMapper.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.problem(e));
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException json) {
                throw new ProblemException(JsonProblems.problem(json));
            }
            throw ProblemException.invalid("body", "the patched resource cannot be read");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return result;
    }
}
