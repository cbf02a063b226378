package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MergePatchTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text.replace('\'', '"'));
    }

    @Test
    void replacesMembersRemovesNullsAndMergesNestedObjects() throws Exception {
        JsonNode target = json("{'a':'b','c':{'d':'e','f':'g'},'keep':[1,2]}");
        JsonNode patch = json("{'a':'z','c':{'f':null},'new':1}");
        assertEquals(json("{'a':'z','c':{'d':'e'},'keep':[1,2],'new':1}"), MergePatch.apply(target, patch));
    }

    @Test
    void replacesArraysWhole() throws Exception {
        assertEquals(json("{'l':[3]}"), MergePatch.apply(json("{'l':[1,2]}"), json("{'l':[3]}")));
    }
}
