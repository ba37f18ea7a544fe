package net.scratchnet.model;

import net.scratchnet.network.Network;

/**
 * A network as read from a model file.
 *
 * @param network the network, with its trained weights
 * @param dataset what it was trained on ("mnist", "fashion"), so a user interface can name the classes;
 *                empty when unknown
 */
public record SavedModel(Network network, String dataset) {
}
