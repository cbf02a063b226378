package org.trademission.platform.text;

import com.fasterxml.jackson.annotation.JacksonAnnotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks free text that may span lines (descriptions, notes, messages): tab and line breaks are allowed there, and so
 * are bidirectional isolates. Every other text field is single-line (see {@link TextRule}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotation
public @interface MultiLine {
}
