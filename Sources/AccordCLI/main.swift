import Accord
print("accord")
