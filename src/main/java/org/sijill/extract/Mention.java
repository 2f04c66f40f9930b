package org.sijill.extract;

/** A recognised entity in a text: {@code [start, end)} offsets into that text, and the entity. */
public record Mention(int start, int end, EntityKind kind, String id) {}
