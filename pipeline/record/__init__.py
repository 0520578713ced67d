"""The record format (`types`) and the one place records are built (`build`)."""
