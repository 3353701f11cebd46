// YibaoUI
