print("yibao")
