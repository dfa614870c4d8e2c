/**
 * Asking for what a command was not told: a JLine line reader on a terminal, or plain lines from standard
 * input with {@code --interactive}; each answer is checked on the spot and the question asked again with
 * the reason and the valid choices.
 */
package org.activerecord4j.cli.prompt;
