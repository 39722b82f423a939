"""The objects QML talks to: state as properties, actions as slots."""
