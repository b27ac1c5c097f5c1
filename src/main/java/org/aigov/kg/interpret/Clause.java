package org.aigov.kg.interpret;

import java.util.List;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;

/** One speech act of a sentence: who does what, with which strength, about which entities and topics. */
public record Clause(int number, int sentence, Span span, Span verb, SpeechActs.Act act, List<Entity> actors,
                     List<Entity> mentions, List<String> topics, int area) {}
