"""The stakeholder map: sectors, influence/interest grid, network, register, snapshots."""
