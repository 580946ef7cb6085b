"""Historik and Gevinst: the runs of each recipe, their steps and pictures, and the gains drawn
from them."""
