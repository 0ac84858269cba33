/**
 * Joint project proposals: a consortium forms around a programme's call (partner searches, requests to join,
 * invitations) and prepares its application together in a workspace only its members open.
 */
package org.clusterportal.proposals;
