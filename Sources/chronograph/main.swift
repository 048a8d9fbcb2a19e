import ArgumentParser

Chronograph.main()
